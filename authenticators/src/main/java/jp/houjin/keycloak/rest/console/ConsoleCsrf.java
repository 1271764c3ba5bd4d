package jp.houjin.keycloak.rest.console;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.keycloak.common.util.SecretGenerator;
import org.keycloak.models.UserSessionModel;

/**
 * The console's CSRF token: a random value kept as a note of the admin's Keycloak user session (cluster-wide, gone
 * with the session), put into every form and compared on every POST. Another site can make the browser post with
 * the session cookie, but cannot read the token from a page of ours.
 */
final class ConsoleCsrf {

    static final String FIELD = "csrf";
    private static final String NOTE = "houjin.console.csrf";

    private ConsoleCsrf() {
    }

    static String token(UserSessionModel userSession) {
        String token = userSession.getNote(NOTE);
        if (token == null) {
            token = SecretGenerator.getInstance().randomString(32);
            userSession.setNote(NOTE, token);
        }
        return token;
    }

    static boolean matches(UserSessionModel userSession, String submitted) {
        String expected = userSession.getNote(NOTE);
        return expected != null && submitted != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), submitted.getBytes(StandardCharsets.UTF_8));
    }
}
