package jp.houjin.keycloak.invitation;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.keycloak.authentication.actiontoken.DefaultActionToken;

/**
 * The signed token in an invitation mail's link: the Keycloak user, the invitation (a row in the directory, which
 * decides whether the link still works) and the client the user lands in. The directory's expiry is what users
 * see; the token's own expiry lies well after it, so an expired link shows the invitation message rather than
 * Keycloak's generic one.
 */
public final class InvitationActionToken extends DefaultActionToken {

    public static final String TOKEN_TYPE = "houjin-invitation";
    static final long GRACE_SECONDS = 90L * 24 * 3600;

    @JsonProperty("inv")
    private String invitationId;

    public InvitationActionToken(String userId, String invitationId, long invitationExpiresAtMillis, String clientId) {
        super(userId, TOKEN_TYPE, (int) (invitationExpiresAtMillis / 1000 + GRACE_SECONDS), UUID.randomUUID());
        this.invitationId = invitationId;
        this.issuedFor = clientId;
    }

    /** For Jackson. */
    private InvitationActionToken() {
    }

    public String getInvitationId() {
        return invitationId;
    }
}
