package jp.houjin.keycloak.rest;

import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.houjin.keycloak.directory.CorporateDirectory;
import jp.houjin.keycloak.directory.model.CorporateUser;
import jp.houjin.keycloak.directory.storage.DirectoryAccounts;
import jp.houjin.keycloak.ipaccess.IpAccessCheck;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.AppAuthManager;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.storage.StorageId;

/**
 * The one gate of the realm REST API ({@code /realms/{realm}/houjin/...}): a bearer access token that Keycloak
 * accepts (signature, expiry, live session) is not enough, since every client of the realm can get one. The token
 * must also name our audience {@value #AUDIENCE} (realm-config puts it into the portal clients' tokens; an admin
 * gives another client the {@code houjin-api} audience on purpose), must belong to a person rather than a service
 * account, and a corporate account must still be allowed to sign in according to the directory, read on this
 * request rather than from the token or the cached profile, so a suspension by the business system stops a token
 * that is still valid.
 */
public final class RealmApiAuth {

    /** The audience ({@code aud}) a token must carry to call the realm REST API. */
    static final String NOT_CORPORATE = "not_a_corporate_account";
    public static final String AUDIENCE = "houjin-api";

    static final String NOT_AUTHENTICATED = "not_authenticated";
    static final String WRONG_AUDIENCE = "token_not_for_this_api";
    static final String SERVICE_ACCOUNT = "service_account_not_allowed";
    static final String ACCESS_RESTRICTED = "access_restricted";

    private static final Logger LOG = Logger.getLogger(RealmApiAuth.class);

    private RealmApiAuth() {
    }

    /**
     * The person behind the token, and for a corporate account its directory entry as read on this request (found
     * through the federation link, never through profile attributes).
     */
    public record Caller(AuthenticationManager.AuthResult auth, CorporateUser corporate) {

        public UserModel user() {
            return auth.user();
        }

        public boolean isCorporate() {
            return corporate != null;
        }
    }

    /** Exactly one of {@code caller} and {@code refusal} is set. */
    public record Access(Caller caller, Response refusal) {

        public Access {
            if ((caller == null) == (refusal == null)) {
                throw new IllegalArgumentException("either a caller or a refusal");
            }
        }

        /** A refusal with the JSON error body {@code {"error": code}}. */
        public static Access refuse(Response.Status status, String code) {
            return new Access(null, error(status, code));
        }

        public boolean refused() {
            return refusal != null;
        }
    }

    /**
     * Authenticates the request's bearer token for the realm REST API: 401 without a token Keycloak accepts, 403 for
     * a token without our audience, a service account's token, or a corporate account the directory no longer lets
     * sign in (user login-suspended; corporation suspended, pending, or gone).
     */
    public static Access authenticate(KeycloakSession session) {
        AuthenticationManager.AuthResult auth = new AppAuthManager.BearerTokenAuthenticator(session).authenticate();
        if (auth == null) {
            return Access.refuse(Response.Status.UNAUTHORIZED, NOT_AUTHENTICATED);
        }
        if (!auth.token().hasAudience(AUDIENCE)) {
            LOG.debugf("Realm API refused a token of client %s without audience %s", auth.client().getClientId(), AUDIENCE);
            return Access.refuse(Response.Status.FORBIDDEN, WRONG_AUDIENCE);
        }
        UserModel user = auth.user();
        if (user.getServiceAccountClientLink() != null) {
            return Access.refuse(Response.Status.FORBIDDEN, SERVICE_ACCOUNT);
        }
        if (!DirectoryAccounts.isCorporate(session.getContext().getRealm(), user)) {
            return new Access(new Caller(auth, null), null);
        }
        CorporateDirectory directory = session.getProvider(CorporateDirectory.class);
        CorporateUser entry = directory.findUserById(StorageId.externalId(user.getId())).orElse(null);
        if (entry == null || !entry.maySignIn()) {
            return Access.refuse(Response.Status.FORBIDDEN, ACCESS_RESTRICTED);
        }
        // The IP allow-list as on a refresh: the address the session signed in from must still be in the list, and a
        // public client (the user's own browser calls) must call from inside it; a portal's server says nothing of it.
        if (!IpAccessCheck.allowsAddress(session, directory, entry.getCorporation(), auth.session().getIpAddress())
                || auth.client().isPublicClient() && !IpAccessCheck.allows(session, directory, entry.getCorporation())) {
            return Access.refuse(Response.Status.FORBIDDEN, ACCESS_RESTRICTED);
        }
        return new Access(new Caller(auth, entry), null);
    }

    /** As {@link #authenticate}, for what only a corporate account may do: anyone else gets 403 {@code not_a_corporate_account}. */
    public static Access authenticateCorporate(KeycloakSession session) {
        Access access = authenticate(session);
        return access.refused() || access.caller().corporate() != null ? access
                : Access.refuse(Response.Status.FORBIDDEN, NOT_CORPORATE);
    }

    /** A JSON error body {@code {"error": code}} with the status ({@link JsonError}). */
    public static Response error(Response.Status status, String code) {
        return JsonError.of(status, code);
    }
}
