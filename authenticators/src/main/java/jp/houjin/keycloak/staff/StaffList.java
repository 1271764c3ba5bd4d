package jp.houjin.keycloak.staff;

import java.util.List;

/** One page of スタッフ管理's list: the users on it, how many match in all, and where the page starts. */
public record StaffList(List<StaffMember> users, long total, int first, int max) {

    public boolean hasPrevious() {
        return first > 0;
    }

    public boolean hasNext() {
        return first + users.size() < total;
    }
}
