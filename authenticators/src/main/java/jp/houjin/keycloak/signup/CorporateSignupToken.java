package jp.houjin.keycloak.signup;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.keycloak.representations.JsonWebToken;

/**
 * The signed token in the link of the 本登録 mail of 新規登録（法人）: the pending corporation (its row in the
 * directory decides whether the link still works) and its first admin's Keycloak user. Signed with the realm's
 * keys; tampering, another realm or another token type make it invalid.
 */
public final class CorporateSignupToken extends JsonWebToken {

    public static final String TOKEN_TYPE = "houjin-corporate-signup";

    @JsonProperty("houjin_corp")
    private String corporationId;

    public CorporateSignupToken(String issuer, String userId, String corporationId, long issuedAt, long expiresAt) {
        type(TOKEN_TYPE);
        issuer(issuer);
        subject(userId);
        id(java.util.UUID.randomUUID().toString());
        iat(issuedAt);
        exp(expiresAt);
        this.corporationId = corporationId;
    }

    /** For Jackson. */
    private CorporateSignupToken() {
    }

    public String getCorporationId() {
        return corporationId;
    }
}
