package jp.houjin.keycloak.staff;

import jp.houjin.keycloak.directory.model.Invitation;

/**
 * A user's pending invitation as スタッフ管理 shows it: where the mail went ({@code null}: invited without email, the
 * user registers through 初めてログインする方はこちら), when it was made and when its link stops working (epoch millis).
 */
public record StaffInvitation(String sentTo, String createdBy, long createdAt, long expiresAt, boolean expired) {

    static StaffInvitation of(Invitation invitation) {
        return new StaffInvitation(invitation.getSentTo(), invitation.getCreatedBy(), invitation.getCreatedAt(),
                invitation.getExpiresAt(), invitation.getExpiresAt() <= System.currentTimeMillis());
    }
}
