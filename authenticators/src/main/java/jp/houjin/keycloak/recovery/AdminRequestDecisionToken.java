package jp.houjin.keycloak.recovery;

import com.fasterxml.jackson.annotation.JsonProperty;
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

    String getDecider() {
        return decider;
    }

    String getDecision() {
        return decision;
    }

    String getRequestedAt() {
        return requestedAt;
    }
}
