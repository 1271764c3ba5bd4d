package jp.houjin.keycloak.recovery;

import java.util.UUID;

import org.keycloak.authentication.actiontoken.DefaultActionToken;

/**
 * The signed token in a password-reset mail's link: the Keycloak user and the client the request came from. It
 * lives for the realm's per-action lifespan of {@value #TOKEN_TYPE} (realm-config: 1 hour, seed 000 FAQ ⑤) and
 * works once.
 */
public final class ResetPasswordActionToken extends DefaultActionToken {

    public static final String TOKEN_TYPE = "houjin-reset-password";

    public ResetPasswordActionToken(String userId, int absoluteExpirationInSecs, String clientId) {
        super(userId, TOKEN_TYPE, absoluteExpirationInSecs, UUID.randomUUID());
        this.issuedFor = clientId;
    }

    /** For Jackson. */
    private ResetPasswordActionToken() {
    }
}
