package jp.houjin.keycloak.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.keycloak.common.util.Base64Url;
import org.keycloak.common.util.SecretGenerator;

/**
 * An authorization request that only signs the browser in (the SSO session is what counts) sends a PKCE challenge
 * whose verifier is thrown away at once: the code that comes back can never be exchanged, by us or by anyone who
 * reads it from the URL.
 */
public final class UnredeemableCode {

    public static final String METHOD = "S256";

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

    /** A random {@code state} for such a request (never checked: nothing is redeemed). */
    public static String state() {
        return SecretGenerator.getInstance().randomString(22);
    }
}
