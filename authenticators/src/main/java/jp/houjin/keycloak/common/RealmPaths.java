package jp.houjin.keycloak.common;

import java.net.URI;

import jakarta.ws.rs.core.UriBuilder;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.Urls;

/**
 * The paths of {@code /realms/{realm}/houjin/…} (served by the {@code rest} package), for the features that put
 * them into mails and redirects without depending on the resources themselves.
 */
public final class RealmPaths {

    public static final String ROOT = "houjin";
    public static final String TERMS = "terms";
    public static final String INVITATION_COMPLETE = "invitation-complete";
    public static final String FIRST_LOGIN = "first-login";
    public static final String CORPORATE_SIGNUP = "corporate-signup";
    public static final String ADMIN_REQUEST = "admin-request";
    public static final String LINKS = "links";
    public static final String LINKS_REVIEW = "review";
    public static final String CORPORATION = "corporation";

    private RealmPaths() {
    }

    /** {@code /realms/{realm}/houjin/<path…>} on the current request's base URI. */
    public static URI uri(KeycloakSession session, RealmModel realm, String... path) {
        UriBuilder builder = session.getContext().getUri().getBaseUriBuilder().path("realms").path(realm.getName())
                .path(ROOT);
        for (String part : path) {
            builder.path(part);
        }
        return builder.build();
    }

    /** A link with a signed key, e.g. {@code …/corporate-signup?key=…}. */
    public static String withKey(KeycloakSession session, RealmModel realm, String path, String key) {
        return UriBuilder.fromUri(uri(session, realm, path)).queryParam("key", key).build().toString();
    }

    /** The realm's issuer: what our own signed link tokens carry and check. */
    public static String issuer(KeycloakSession session, RealmModel realm) {
        return Urls.realmIssuer(session.getContext().getUri().getBaseUri(), realm.getName());
    }
}
