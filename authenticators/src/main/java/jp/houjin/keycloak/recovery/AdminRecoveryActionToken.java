package jp.houjin.keycloak.recovery;

import java.util.UUID;

import org.keycloak.authentication.actiontoken.DefaultActionToken;
import org.keycloak.models.RealmModel;

/**
 * The signed token in the mail that starts a corporate admin's recovery (seed 002, 「管理者の方」): mailed to the
 * admin's registered address, valid {@value #DEFAULT_LIFESPAN_SECONDS} seconds unless the realm attribute
 * {@code actionTokenGeneratedByUserLifespan.houjin-admin-recovery} says otherwise, used once. Only the page this
 * link opens asks for 法人番号 + 振込口座番号 — a second proof, never instead of the mail.
 */
public final class AdminRecoveryActionToken extends DefaultActionToken {

    public static final String TOKEN_TYPE = "houjin-admin-recovery";
    static final int DEFAULT_LIFESPAN_SECONDS = 24 * 3600;

    public AdminRecoveryActionToken(String userId, int absoluteExpirationInSecs, String clientId) {
        super(userId, TOKEN_TYPE, absoluteExpirationInSecs, UUID.randomUUID());
        this.issuedFor = clientId;
    }

    /** For Jackson. */
    private AdminRecoveryActionToken() {
    }

    public static int lifespanSeconds(RealmModel realm) {
        String configured = realm.getAttribute("actionTokenGeneratedByUserLifespan." + TOKEN_TYPE);
        return configured == null ? DEFAULT_LIFESPAN_SECONDS : realm.getActionTokenGeneratedByUserLifespan(TOKEN_TYPE);
    }
}
