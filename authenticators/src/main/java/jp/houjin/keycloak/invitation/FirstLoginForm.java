package jp.houjin.keycloak.invitation;

import jp.houjin.keycloak.common.SignInSteps;
import jp.houjin.keycloak.common.LoginEvents;
import jp.houjin.keycloak.common.SignInRefusal;
import jp.houjin.keycloak.lockout.PasswordAttempt;
import java.util.Optional;

import java.net.URI;

import jakarta.ws.rs.core.MultivaluedMap;
import jp.houjin.keycloak.common.RealmPaths;
import jp.houjin.keycloak.common.UnredeemableCode;
import jp.houjin.keycloak.directory.CorporateDirectory;
import jp.houjin.keycloak.directory.model.Corporation;
import jp.houjin.keycloak.directory.model.CorporateUser;
import jp.houjin.keycloak.directory.model.Invitation;
import jp.houjin.keycloak.directory.text.InputNormalizer;
import jp.houjin.keycloak.invitation.InvitationActionTokenHandler;
import jp.houjin.keycloak.invitation.InvitationSettings;
import jp.houjin.keycloak.invitation.Invitations;
import jp.houjin.keycloak.ipaccess.IpAccessCheck;
import jp.houjin.keycloak.common.LoginPage;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.browser.AbstractUsernameFormAuthenticator;
import org.keycloak.events.Details;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.protocol.oidc.OIDCLoginProtocol;
import org.keycloak.protocol.oidc.endpoints.AuthorizationEndpoint;

/**
 * ユーザー認証 (seed 000, 1-2 and 2-3): 法人ID, ユーザーID (or email, when opened from the invitation mail),
 * 仮パスワード and agreement to 利用規約, button 認証する. From the mail's link the invitation is known and the
 * account entered must be the invited one; from 「初めてログインする方はこちら」 only users invited without email
 * may redeem — users invited by mail are sent back to their mail. Wrong temporary passwords count toward lockout
 * like any password; an expired one is refused with a message to ask the inviter, only once it was right.
 */
public final class FirstLoginForm {

    static final String TEMPLATE = "houjin-invitation.ftl";
    public static final String MODE_INVITATION = "invitation";
    public static final String MODE_FIRST_LOGIN = "firstLogin";
    static final String START_PARAM = "houjin_start";
    static final String START_FIRST_LOGIN = "first-login";
    static final String PROFILE_COMPLETION = "houjin-profile-completion";

    static final String INVALID = "houjinInvalidTemporaryCredentials";
    static final String TERMS_REQUIRED = "houjinTermsRequired";
    static final String EVENT_OTHER_USER = "invitation_other_user";
    static final String EVENT_TERMS = "terms_not_accepted";
    static final String DETAIL_INVITATION = "invitation_id";
    static final String DETAIL_TERMS_VERSION = "terms_version";

    private FirstLoginForm() {
    }

    /**
     * The bookmarkable 認証用URL of seed 000 ({@code /realms/{realm}/houjin/first-login}) for users invited without
     * email: an authorization request of the realm's sign-in client ({@link UnredeemableCode#signInClient}) that
     * ends on the invitation landing (like an invitation mail's link: the code is dropped, the browser goes on to the
     * invitation client's home), always with the form ({@code prompt=login}), marked with {@value #START_PARAM} so the
     * sign-in form opens on ユーザー認証 instead of the sign-in page. Null when the realm has no such client.
     */
    public static URI startUrl(KeycloakSession session, RealmModel realm) {
        ClientModel client = UnredeemableCode.signInClient(realm);
        if (client == null || !client.isEnabled()) {
            return null;
        }
        return UnredeemableCode.authorizationRequest(session, client,
                        RealmPaths.uri(session, realm, RealmPaths.INVITATION_COMPLETE).toString())
                .queryParam(OIDCLoginProtocol.PROMPT_PARAM, OIDCLoginProtocol.PROMPT_VALUE_LOGIN)
                .queryParam(START_PARAM, START_FIRST_LOGIN).build(realm.getName());
    }

    /** True when this sign-in was started by {@link #startUrl}: the form opens on ユーザー認証. */
    public static boolean startedByUrl(AuthenticationFlowContext context) {
        return START_FIRST_LOGIN.equals(context.getAuthenticationSession().getClientNote(
                AuthorizationEndpoint.LOGIN_SESSION_NOTE_ADDITIONAL_REQ_PARAMS_PREFIX + START_PARAM));
    }

    public static String invitationId(AuthenticationFlowContext context) {
        return context.getAuthenticationSession().getAuthNote(InvitationActionTokenHandler.INVITATION_NOTE);
    }

    public static void show(AuthenticationFlowContext context, String mode) {
        context.challenge(page(context, mode).render(context.form()));
    }

    private static LoginPage page(AuthenticationFlowContext context, String mode) {
        LoginPage page = new LoginPage(LoginPage.TAB_CORPORATE);
        page.template = TEMPLATE;
        page.extra.put("mode", mode);
        page.extra.put("termsUrl", InvitationSettings.termsLink(context.getSession(), context.getRealm()));
        return page;
    }

    public static void action(AuthenticationFlowContext context, MultivaluedMap<String, String> form, String mode) {
        LoginPage page = page(context, mode);
        InputNormalizer.Result corporateId = InputNormalizer.corporateId(form.getFirst("corporateId"));
        InputNormalizer.Result login = InputNormalizer.login(form.getFirst("loginId"));
        InputNormalizer.Result password = InputNormalizer.password(form.getFirst("password"));
        boolean termsAccepted = "on".equals(form.getFirst("acceptTerms"));
        page.corporateId = corporateId.value();
        page.login = login.value();
        context.getEvent().detail(LoginEvents.DETAIL_TAB, mode);
        String invitationId = MODE_INVITATION.equals(mode) ? invitationId(context) : null;
        if (invitationId != null) {
            context.getEvent().detail(DETAIL_INVITATION, invitationId);
        }

        boolean refused = SignInSteps.refuseInput(context, page, "corporateId", corporateId)
                | SignInSteps.refuseInput(context, page, "loginId", login)
                | SignInSteps.refuseInput(context, page, "password", password);
        if (!termsAccepted) {
            page.fieldErrors.put("acceptTerms", TERMS_REQUIRED);
        }
        if (refused || !termsAccepted) {
            context.getEvent().error(refused ? SignInRefusal.INVALID_INPUT.event() : EVENT_TERMS);
            context.forceChallenge(page.render(context.form()));
            return;
        }
        context.getEvent().detail(LoginEvents.DETAIL_CORPORATE_ID, corporateId.value())
                .detail(Details.USERNAME, corporateId.value() + ":" + login.value());

        CorporateDirectory directory = context.getSession().getProvider(CorporateDirectory.class);
        Optional<Corporation> corporation;
        Optional<CorporateUser> entry;
        Optional<Invitation> invitation;
        try {
            corporation = directory.findCorporation(corporateId.value());
            entry = corporation.flatMap(c -> MODE_INVITATION.equals(mode)
                    ? SignInSteps.find(directory, c.getCorporateId(), login.value())
                    : directory.findUser(c.getCorporateId(), login.value()));
            invitation = invitationId != null ? directory.findInvitation(invitationId)
                    : entry.flatMap(directory::pendingInvitation);
        } catch (RuntimeException e) {
            SignInSteps.directoryUnavailable(context, context.getEvent(), page, "first sign-in", e);
            return;
        }
        if (corporation.isPresent() && !IpAccessCheck.allow(context, directory, corporation.get())) {
            return;
        }
        UserModel user = entry.map(u -> Invitations.keycloakUser(context.getSession(), context.getRealm(), u)).orElse(null);
        String invited = context.getAuthenticationSession().getAuthNote(InvitationActionTokenHandler.INVITED_USER_NOTE);
        boolean otherUser = invitationId != null && user != null && !user.getId().equals(invited);
        if (user == null || otherUser) {
            if (otherUser) {
                // Counts toward the lockout of the account whose temporary password was tried.
                context.getAuthenticationSession().setAuthNote(AbstractUsernameFormAuthenticator.ATTEMPTED_USERNAME,
                        user.getUsername());
            }
            SignInSteps.refuseUnknown(context, page, user == null ? SignInSteps.unknownAccount(corporation)
                    : EVENT_OTHER_USER, INVALID, password.value());
            return;
        }
        CorporateUser found = entry.get();
        if (!PasswordAttempt.check(context, page, user,
                () -> directory.verifyPassword(context.getRealm(), found, password.value()), INVALID)) {
            return;
        }
        if (SignInSteps.refuseRestricted(context, page, found, user)) {
            return;
        }
        if (temporaryExpired(found)) {
            SignInSteps.refuse(context, page, SignInRefusal.TEMPORARY_PASSWORD_EXPIRED);
            return;
        }
        Invitation pending = invitation.filter(Invitation::isPending).orElse(null);
        if (pending == null || found.getTempPasswordExpiresAt() == null) {
            SignInSteps.refuse(context, page, SignInRefusal.INVITATION_REDEEMED);
            return;
        }
        if (invitationId == null && pending.isByMail()) {
            SignInSteps.refuse(context, page, SignInRefusal.INVITED_BY_MAIL);
            return;
        }
        String termsVersion = InvitationSettings.of(context.getRealm()).termsVersion();
        pending.setStatus(Invitation.Status.REDEEMED);
        pending.setRedeemedAt(System.currentTimeMillis());
        pending.setTermsVersion(termsVersion);
        user.addRequiredAction(PROFILE_COMPLETION);
        context.getAuthenticationSession().removeAuthNote(InvitationActionTokenHandler.INVITATION_NOTE);
        context.getEvent().detail(DETAIL_INVITATION, pending.getId()).detail(DETAIL_TERMS_VERSION, termsVersion);
        context.setUser(user);
        context.success();
    }

    /**
     * On the ordinary sign-in form, once the password was right: an expired temporary password, or an invitation
     * still to be redeemed (the user is pointed to the mail's link or to 「初めてログインする方はこちら」).
     */
    public static boolean refuseTemporary(AuthenticationFlowContext context, LoginPage page, CorporateDirectory directory,
            CorporateUser found) {
        if (found.getTempPasswordExpiresAt() == null) {
            return false;
        }
        if (temporaryExpired(found)) {
            SignInSteps.refuse(context, page, SignInRefusal.TEMPORARY_PASSWORD_EXPIRED);
            return true;
        }
        Optional<Invitation> pending = directory.pendingInvitation(found);
        if (pending.isPresent()) {
            SignInSteps.refuse(context, page, pending.get().isByMail() ? SignInRefusal.INVITATION_PENDING_MAIL
                    : SignInRefusal.INVITATION_PENDING_FIRST_LOGIN);
            return true;
        }
        return false;
    }

    private static boolean temporaryExpired(CorporateUser found) {
        Long expires = found.getTempPasswordExpiresAt();
        return expires != null && expires <= System.currentTimeMillis();
    }
}
