package jp.houjin.keycloak.rest.console;

import java.net.URI;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jp.houjin.keycloak.common.UnredeemableCode;
import jp.houjin.keycloak.directory.CorporateDirectory;
import jp.houjin.keycloak.directory.model.CorporateUser;
import jp.houjin.keycloak.directory.storage.DirectoryAccounts;
import jp.houjin.keycloak.ipaccess.IpAccessCheck;
import jp.houjin.keycloak.staff.StaffScope;
import org.keycloak.locale.LocaleSelectorProvider;
import org.keycloak.locale.LocaleUpdaterProvider;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.managers.AppAuthManager;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.services.resources.admin.AdminAuth;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;
import org.keycloak.services.resources.admin.fgap.AdminPermissions;
import org.keycloak.storage.StorageId;

/**
 * Who is at the console. The signed-in person is Keycloak's own SSO session (the identity cookie); a visitor without
 * one is sent through the realm's browser flow — the 法人ID form, IP allow-list, lockout and suspension, exactly as
 * for any sign-in — as an authorization request of the console client ({@link UnredeemableCode#signInClient}) whose
 * redirect URI is the page asked for. The code that comes back is never
 * redeemed: its PKCE verifier is thrown away at once, so nobody can exchange it; the page drops it from the URL.
 * Only a corporate or group admin of an active corporation, allowed by its IP allow-list, gets a {@link StaffScope};
 * any other user of the corporation who may sign in is a {@link Visitor#member()}; a realm user outside the directory
 * whom Keycloak's admin permission evaluator lets view users is an {@link Operator} (法人一覧), who gets an operator's
 * scope of the corporation they open.
 */
final class ConsoleSignIn {

    /** What an authorization response adds to the redirect URI. */
    private static final String[] RESPONSE_PARAMETERS = {"code", "state", "session_state", "iss", "error",
            "error_description"};

    private final KeycloakSession session;
    private final RealmModel realm;

    ConsoleSignIn(KeycloakSession session) {
        this.session = session;
        this.realm = session.getContext().getRealm();
    }

    /**
     * Whoever the SSO session belongs to: {@code scope} set for a corporate admin who may use the console; otherwise
     * {@code refusal} says why not (a message key, or {@link #IP_DENIED}).
     */
    record Visitor(AuthenticationManager.AuthResult auth, CorporateUser entry, StaffScope scope, String refusal,
            Operator operator) {

        Visitor(AuthenticationManager.AuthResult auth, CorporateUser entry, StaffScope scope, String refusal) {
            this(auth, entry, scope, refusal, null);
        }

        AdminAuth adminAuth(ClientModel client) {
            return new AdminAuth(auth.session().getRealm(), auth.token(), auth.user(), client);
        }

        /**
         * A signed-in user of the corporation who is not an admin: admitted to グループ詳細 of their own group only
         * (seed 000 FAQ ④), refused everywhere else.
         */
        boolean member() {
            // Not a login-suspended user or one of a suspended corporation, whose session may outlive the change.
            return scope == null && NOT_ADMIN.equals(refusal) && entry != null && entry.maySignIn();
        }

        /** The same person acting on one corporation in an operator's scope. */
        Visitor in(StaffScope operatorScope) {
            return new Visitor(auth, entry, operatorScope, refusal, operator);
        }
    }

    /**
     * An operator of the portal: a realm user (not a directory user) whom Keycloak's admin permission evaluator lets
     * view users of the realm (realm-management view-users); {@code manage} when it also lets them manage users.
     */
    record Operator(boolean manage) {
    }

    static final String NOT_ADMIN = "houjinConsoleNotAdmin";
    /** Someone who is not an operator on an operators' page. */
    static final String NOT_OPERATOR = "houjinConsoleNotOperator";
    /** An operator with view-users only asked for a change. */
    static final String READ_ONLY = "houjinConsoleReadOnly";
    static final String IP_DENIED = "ip";

    /** The visitor of this request, or null when nobody is signed in (then {@link #signIn} sends them). */
    Visitor visitor() {
        AuthenticationManager.AuthResult auth = new AppAuthManager().authenticateIdentityCookie(session, realm);
        if (auth == null) {
            return null;
        }
        CorporateDirectory directory = session.getProvider(CorporateDirectory.class);
        CorporateUser entry = DirectoryAccounts.isCorporate(realm, auth.user())
                ? directory.findUserById(StorageId.externalId(auth.user().getId())).orElse(null) : null;
        if (entry == null) {
            AdminPermissionEvaluator permissions = AdminPermissions.evaluator(session, realm,
                    new AdminAuth(realm, auth.token(), auth.user(), client()));
            if (permissions.users().canView()) {
                return new Visitor(auth, null, null, null, new Operator(permissions.users().canManage()));
            }
        }
        if (entry == null || !entry.maySignIn()) {
            return new Visitor(auth, entry, null, NOT_ADMIN);
        }
        // As on every request of a signed-in session: the corporation's IP allow-list holds for the console too.
        if (!IpAccessCheck.allows(session, directory, entry.getCorporation())) {
            return new Visitor(auth, entry, null, IP_DENIED);
        }
        StaffScope scope = StaffScope.of(entry);
        return new Visitor(auth, entry, scope, scope == null ? NOT_ADMIN : null);
    }

    /** The console client, for the admin events' auth details and the sign-in request. */
    ClientModel client() {
        return UnredeemableCode.signInClient(realm);
    }

    /**
     * The language chosen with the pages' switch ({@code kc_locale}) is kept for the next pages, as Keycloak's own
     * pages keep it: in the locale cookie and the user's {@code locale} attribute.
     */
    void rememberLocale(Visitor visitor) {
        String chosen = session.getContext().getUri().getQueryParameters().getFirst(LocaleSelectorProvider.KC_LOCALE_PARAM);
        if (chosen != null && realm.isInternationalizationEnabled() && realm.getSupportedLocalesStream().anyMatch(chosen::equals)) {
            LocaleUpdaterProvider locales = session.getProvider(LocaleUpdaterProvider.class);
            locales.updateUsersLocale(visitor.auth().user(), chosen);
            locales.updateLocaleCookie(chosen);
        }
    }

    /** True when the URL still carries what the authorization response added (to be dropped by a redirect). */
    boolean hasResponseParameters() {
        var query = session.getContext().getUri().getQueryParameters();
        for (String name : RESPONSE_PARAMETERS) {
            if (query.containsKey(name)) {
                return true;
            }
        }
        return false;
    }

    /** The request's own URL without the authorization response's parameters. */
    URI cleanRequestUri() {
        UriBuilder builder = session.getContext().getUri().getRequestUriBuilder();
        for (String name : RESPONSE_PARAMETERS) {
            builder.replaceQueryParam(name);
        }
        return builder.build();
    }

    /** Sends the browser through the realm's browser flow, to come back to {@code returnTo}. */
    Response signIn(URI returnTo) {
        ClientModel client = client();
        if (client == null || !client.isEnabled()) {
            return null;
        }
        URI auth = UnredeemableCode.authorizationRequest(session, client, returnTo.toString()).build(realm.getName());
        return Response.seeOther(auth).header("Cache-Control", "no-store").build();
    }
}
