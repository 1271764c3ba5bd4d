package jp.houjin.keycloak.recovery;

import com.fasterxml.jackson.annotation.JsonProperty;
import jp.houjin.keycloak.common.RealmPaths;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.representations.JsonWebToken;

/**
 * The signed token in an existing admin's links of a request for admin rights: who asked (subject), which request
 * (its time, so a link never decides a later request of the same account), which admin may decide and what.
 * Signed with the realm's keys; used once.
 */
public final class AdminRequestDecisionToken extends JsonWebToken {

    public static final String TOKEN_TYPE = "houjin-admin-request-decision";
    public static final String APPROVE = "approve";
    public static final String CANCEL = "cancel";

    @JsonProperty("houjin_decider")
    private String decider;

    @JsonProperty("houjin_decision")
    private String decision;

    @JsonProperty("houjin_requested_at")
    private String requestedAt;

    AdminRequestDecisionToken(String issuer, String requesterId, String deciderId, String decision, String requestedAt,
            long issuedAt, long expiresAt) {
        type(TOKEN_TYPE);
        issuer(issuer);
        subject(requesterId);
        id(java.util.UUID.randomUUID().toString());
        iat(issuedAt);
        exp(expiresAt);
        this.decider = deciderId;
        this.decision = decision;
        this.requestedAt = requestedAt;
    }

    /** For Jackson. */
    private AdminRequestDecisionToken() {
    }

    public String getDecider() {
        return decider;
    }

    public String getDecision() {
        return decision;
    }

    public String getRequestedAt() {
        return requestedAt;
    }

    /** A decision link for one admin; valid for the waiting period and a day more. */
    static String link(KeycloakSession session, RealmModel realm, String deciderId, String requesterId,
            String requestedAt, String decision) {
        long now = Time.currentTime();
        long expires = now + (AdminRequests.waitingHours(realm) + 24L) * 3600;
        String token = session.tokens().encode(new AdminRequestDecisionToken(RealmPaths.issuer(session, realm),
                requesterId, deciderId, decision, requestedAt, now, expires));
        return RealmPaths.withKey(session, realm, RealmPaths.ADMIN_REQUEST, token);
    }
}
