package jp.houjin.keycloak.staff;

import java.util.List;

/**
 * グループ詳細: the group, one page of its own users (氏名 and ユーザーID only: every user of the group may see it, seed
 * 000 FAQ ④), and, for an admin, its sub-groups.
 */
public record GroupDetail(StaffGroup group, List<Member> members, long total, int first, int max,
        List<StaffGroup> subGroups) {

    /** What a user of the group may see of another: 氏名 and ユーザーID. */
    public record Member(String userId, String lastName, String firstName) {
    }

    public boolean hasPrevious() {
        return first > 0;
    }

    public boolean hasNext() {
        return first + members.size() < total;
    }
}
