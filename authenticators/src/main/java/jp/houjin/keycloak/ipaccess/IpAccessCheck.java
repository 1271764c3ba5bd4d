package jp.houjin.keycloak.ipaccess;

import java.util.List;
import java.util.Optional;

import inet.ipaddr.IPAddress;
import jakarta.ws.rs.core.Response;
import jp.houjin.keycloak.common.ClientAddress;
import jp.houjin.keycloak.directory.CorporateDirectory;
import jp.houjin.keycloak.directory.ip.IpAllowList;
import jp.houjin.keycloak.directory.ip.IpRanges;
import jp.houjin.keycloak.directory.model.Corporation;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.actiontoken.ActionTokenContext;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;

/**
 * Whether the client may sign in for a corporation: an empty list means no restriction; otherwise the address
 * Keycloak resolved for the request (its proxy settings decide whether forwarded headers count) must be trusted
 * ({@link ClientAddress}) and fall in the corporation's list or in the always-allowed ranges. The list itself is never shown to the user.
 */
public final class IpAccessCheck {

    public static final String EVENT_ERROR = "ip_not_allowed";
    public static final String DETAIL_CLIENT_ADDRESS = "client_address";
    public static final String DETAIL_CHECK = "ip_check";
    /** Event detail value: the address came first in a forwarded chain a client could have started. */
    static final String FORWARDED_CHAIN = "untrusted_forwarded_chain";
    /** Alias of the realm's IP allow-list authenticator config (realm-config); used outside authentication flows. */
    public static final String CONFIG_ALIAS = "houjin-ip-allow-list";
    private static final String CHECKED_NOTE = "houjin.ip.checked";
    private static final Logger LOG = Logger.getLogger(IpAccessCheck.class);

    private IpAccessCheck() {
    }

    /** True when the flow may go on; otherwise the refusal page and event are already sent. */
    public static boolean allow(AuthenticationFlowContext context, CorporateDirectory directory, Corporation corporation) {
        Optional<String> trusted = ClientAddress.trusted(context.getSession());
        String remote = context.getConnection().getRemoteAddr();
        List<String> entries = directory.ipAllowList(corporation);
        if (entries.isEmpty()) {
            passed(context, corporation.getCorporateId(), remote);
            return true;
        }
        // Steps without a config of their own (the sign-in forms, the access-key form) use the realm's settings.
        IpAccessConfig config = IpAccessConfig.of(context.getAuthenticatorConfig() != null ? context.getAuthenticatorConfig()
                : context.getRealm().getAuthenticatorConfigByAlias(CONFIG_ALIAS));
        if (trusted.isEmpty()) {
            context.getEvent().detail(DETAIL_CHECK, FORWARDED_CHAIN);
        } else if (matches(config, entries, remote)) {
            passed(context, corporation.getCorporateId(), remote);
            return true;
        }
        if (config.dryRun()) {
            LOG.warnf("IP allow-list dry run: corporation %s would refuse client %s", corporation.getCorporateId(), remote);
            context.getEvent().detail(DETAIL_CHECK, "dry_run_would_refuse");
            passed(context, corporation.getCorporateId(), remote);
            return true;
        }
        context.getEvent().detail("corporate_id", corporation.getCorporateId()).detail(DETAIL_CLIENT_ADDRESS, remote)
                .error(EVENT_ERROR);
        context.forceChallenge(deniedPage(context));
        return false;
    }

    /**
     * The same check for requests outside an authentication flow (a link opened from a mail): the realm-wide
     * settings come from the authenticator config with alias {@value #CONFIG_ALIAS} (realm-config's), enforcing
     * when there is none. The caller shows the refusal page and records the event.
     */
    public static boolean allows(KeycloakSession session, CorporateDirectory directory, Corporation corporation) {
        return allowsAddress(session, directory, corporation, ClientAddress.trusted(session).orElse(null));
    }

    /** The same check for an address recorded earlier (the one a user session signed in from). */
    public static boolean allowsAddress(KeycloakSession session, CorporateDirectory directory, Corporation corporation,
            String remote) {
        List<String> entries = directory.ipAllowList(corporation);
        IpAccessConfig config = realmConfig(session);
        if (entries.isEmpty() || remote != null && matches(config, entries, remote)) {
            return true;
        }
        if (config.dryRun()) {
            LOG.warnf("IP allow-list dry run: corporation %s would refuse client %s", corporation.getCorporateId(), remote);
            return true;
        }
        return false;
    }

    /**
     * The same check for a list not stored yet: whether {@code remote} (an address Keycloak resolved, null when
     * untrusted) could sign in under {@code entries} and the realm's settings (always-allowed ranges; in a dry run
     * nobody is refused). The guard of a new list ({@link IpAllowListChange#shutsOut}) asks exactly this, so what
     * counts as shut out is what the sign-in refuses.
     */
    static boolean allowsUnder(KeycloakSession session, List<String> entries, String remote) {
        IpAccessConfig config = realmConfig(session);
        return entries.isEmpty() || remote != null && matches(config, entries, remote) || config.dryRun();
    }

    private static IpAccessConfig realmConfig(KeycloakSession session) {
        return IpAccessConfig.of(session.getContext().getRealm().getAuthenticatorConfigByAlias(CONFIG_ALIAS));
    }

    /**
     * For the handler of a mailed link: null when the corporation's allow-list lets this request in; otherwise the
     * event error is recorded and the answer is the refusal page.
     */
    public static Response refuseLink(ActionTokenContext<?> context, Corporation corporation) {
        KeycloakSession session = context.getSession();
        if (allows(session, session.getProvider(CorporateDirectory.class), corporation)) {
            return null;
        }
        context.getEvent().detail("corporate_id", corporation.getCorporateId())
                .detail(DETAIL_CLIENT_ADDRESS, context.getClientConnection().getRemoteAddr()).error(EVENT_ERROR);
        return IpDeniedPage.render(session.getProvider(LoginFormsProvider.class)
                .setAuthenticationSession(context.getAuthenticationSession()), session.getContext().getRealm());
    }

    private static boolean matches(IpAccessConfig config, List<String> entries, String remote) {
        Optional<IPAddress> client = IpRanges.clientAddress(remote);
        return client.isPresent()
                && (config.alwaysAllowed().allows(client.get()) || new IpAllowList(entries).allows(client.get()));
    }

    /**
     * True when this authentication session already passed the check for this corporation from this address (the
     * login form checks before the password; the check after the forms then need not read the list again). An SSO
     * cookie re-entry starts a new authentication session, so it is always checked.
     */
    static boolean alreadyPassed(AuthenticationFlowContext context, String corporateId) {
        String note = context.getAuthenticationSession().getAuthNote(CHECKED_NOTE);
        return note != null && note.equals(corporateId + "|" + context.getConnection().getRemoteAddr());
    }

    private static void passed(AuthenticationFlowContext context, String corporateId, String remote) {
        context.getAuthenticationSession().setAuthNote(CHECKED_NOTE, corporateId + "|" + remote);
    }

    static Response deniedPage(AuthenticationFlowContext context) {
        return IpDeniedPage.render(context.form(), context.getRealm());
    }
}
