package jp.houjin.keycloak.staff;

/**
 * スタッフ追加: what the admin types. User ID and names are required; email and kana are optional (the user completes
 * them at ユーザー登録). Raw as typed: the service normalises and checks.
 */
public record NewStaff(String userId, String lastName, String firstName, String kanaLastName, String kanaFirstName,
        String email) {
}
