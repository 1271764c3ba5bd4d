package jp.houjin.keycloak.staff;

/**
 * スタッフ追加: what the admin types. User ID and names are required; email and kana are optional (the user completes
 * them at ユーザー登録). {@code groupId} is one of the inviter's groups (blank: the inviter's own group for a group
 * admin, the メイングループ for a corporate admin). Raw as typed: the service normalises and checks.
 */
public record NewStaff(String userId, String lastName, String firstName, String kanaLastName, String kanaFirstName,
        String email, String groupId) {
}
