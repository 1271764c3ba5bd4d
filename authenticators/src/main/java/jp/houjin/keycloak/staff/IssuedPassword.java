package jp.houjin.keycloak.staff;

/**
 * A 仮パスワード shown once to the admin who issued it (never stored in plain text, never in an event), with when it
 * stops working; for a user just added also whether the invitation mail went out.
 */
public record IssuedPassword(StaffMember user, String temporaryPassword, long expiresAt, boolean mailSent) {
}
