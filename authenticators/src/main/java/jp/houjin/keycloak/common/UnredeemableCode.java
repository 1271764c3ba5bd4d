package jp.houjin.keycloak.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import jakarta.ws.rs.core.UriBuilder;
import org.keycloak.common.util.Base64Url;
import org.keycloak.common.util.SecretGenerator;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.protocol.oidc.OIDCLoginProtocolService;

/**
 * An authorization request that only signs the browser in (the SSO session is what counts) sends a PKCE challenge
 * whose verifier is thrown away at once: the code that comes back can never be exchanged, by us or by anyone who
 * reads it from the URL.
 */
public final class UnredeemableCode {

    public static final String METHOD = "S256";
    /** Realm attribute naming the client such sign-ins use (the console's, the first-login URL's). */
    public static final String CLIENT_ATTRIBUTE = "houjinConsoleClientId";
    public static final String DEFAULT_CLIENT = "houjin-console";

    private UnredeemableCode() {
    }

    /** An S256 challenge of a random verifier nobody keeps. */
    public static String challenge() {
        String verifier = SecretGenerator.getInstance().randomString(64);
        try {
            return Base64Url.encode(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Such an authorization request of {@code client} (code flow, scope openid) that comes back to
     * {@code redirectUri}; the caller adds what else it needs and builds it for the realm's name.
     */
    public static UriBuilder authorizationRequest(KeycloakSession session, ClientModel client, String redirectUri) {
        return OIDCLoginProtocolService.authUrl(session.getContext().getUri().getBaseUriBuilder())
                .queryParam("client_id", client.getClientId()).queryParam("redirect_uri", redirectUri)
                .queryParam("response_type", "code").queryParam("scope", "openid")
                .queryParam("state", state()).queryParam("code_challenge", challenge())
                .queryParam("code_challenge_method", METHOD);
    }

    /**
     * The public client these sign-ins are requests of: the realm attribute {@value #CLIENT_ATTRIBUTE}, or
     * {@value #DEFAULT_CLIENT} (realm-config's; its redirect URIs are the console's pages and the invitation landing).
     */
    public static ClientModel signInClient(RealmModel realm) {
        String configured = realm.getAttribute(CLIENT_ATTRIBUTE);
        return realm.getClientByClientId(configured == null || configured.isBlank() ? DEFAULT_CLIENT : configured);
    }

    /** A random {@code state} for such a request (never checked: nothing is redeemed). */
    public static String state() {
        return SecretGenerator.getInstance().randomString(22);
    }
}
