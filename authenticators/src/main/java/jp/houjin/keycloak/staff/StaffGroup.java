package jp.houjin.keycloak.staff;

/**
 * One group as 法人管理 shows it: {@code parentId} null for the メイングループ; {@code level} counts from the top of
 * the list it is in (0); {@code members} are the group's own users (not those of its sub-groups).
 */
public record StaffGroup(String id, String name, String parentId, boolean main, int level, long members) {
}
