package jp.houjin.keycloak.login;

import jp.houjin.keycloak.common.LoginPage;
import jp.houjin.keycloak.common.SignInSteps;
import jp.houjin.keycloak.common.LoginEvents;
import jp.houjin.keycloak.common.SignInRefusal;
import jp.houjin.keycloak.common.RememberedIds;
import jp.houjin.keycloak.lockout.PasswordAttempt;
import jp.houjin.keycloak.invitation.FirstLoginForm;
import jp.houjin.keycloak.recovery.ForgotPasswordForm;
import jp.houjin.keycloak.recovery.AdminVerificationForm;
import jp.houjin.keycloak.signup.CorporateSignupForm;
import jp.houjin.keycloak.common.StatelessAuthenticator;
import java.util.Optional;

import jakarta.ws.rs.core.MultivaluedMap;
import jp.houjin.keycloak.directory.CorporateDirectory;
import jp.houjin.keycloak.directory.model.Corporation;
import jp.houjin.keycloak.directory.model.CorporateUser;
import jp.houjin.keycloak.directory.storage.DirectoryAccounts;
import jp.houjin.keycloak.directory.text.InputNormalizer;
import jp.houjin.keycloak.recovery.AdminRequests;
import jp.houjin.keycloak.ipaccess.IpAccessCheck;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.authenticators.browser.AbstractUsernameFormAuthenticator;
import org.keycloak.authentication.authenticators.util.AuthenticatorUtils;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserCredentialModel;
import org.keycloak.models.UserModel;

/**
 * The corporate sign-in form: 法人ID + ユーザーIDまたはメールアドレス + パスワード, and a tab for individual accounts
 * (email + password). Unknown corporation, unknown user and wrong password share one message; the access checks
 * (login suspended, corporation suspended) come only after the password was right.
 */
final class CorporateLoginFormAuthenticator extends StatelessAuthenticator {

    /** Every credential error of a tab (unknown corporation or account, wrong password, locked) has one message. */
    static final String INVALID_CREDENTIALS = "houjinInvalidCredentials";
    static final String INDIVIDUAL_INVALID_CREDENTIALS = "houjinIndividualInvalidCredentials";

    private static final Logger LOG = Logger.getLogger(CorporateLoginFormAuthenticator.class);

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        if (FirstLoginForm.invitationId(context) != null) {
            FirstLoginForm.show(context, FirstLoginForm.MODE_INVITATION);
            return;
        }
        if (FirstLoginForm.startedByUrl(context)) {
            FirstLoginForm.show(context, FirstLoginForm.MODE_FIRST_LOGIN);
            return;
        }
        if (AdminVerificationForm.recoveringAdmin(context) != null) {
            AdminVerificationForm.showProof(context);
            return;
        }
        if (context.getAuthenticationSession().getAuthNote(AdminRequests.REQUEST_NOTE) != null
                && AdminRequests.confirm(context)) {
            return;
        }
        SignInSteps.showLogin(context);
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        // Each submit names its own account: a failure must never count against the account an earlier submit of
        // this authentication session named (Keycloak's lockout reads this note when a step fails).
        context.getAuthenticationSession().removeAuthNote(AbstractUsernameFormAuthenticator.ATTEMPTED_USERNAME);
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        String firstLogin = form.getFirst("houjinFirstLogin");
        if (firstLogin != null) {
            FirstLoginForm.action(context, form, FirstLoginForm.invitationId(context) != null
                    ? FirstLoginForm.MODE_INVITATION : FirstLoginForm.MODE_FIRST_LOGIN);
            return;
        }
        String verify = form.getFirst("houjinVerify");
        if (verify != null) {
            AdminVerificationForm.action(context, form, verify);
            return;
        }
        if (form.getFirst(CorporateSignupForm.PARAM) != null && context.getRealm().isRegistrationAllowed()) {
            CorporateSignupForm.action(context, form);
            return;
        }
        if (form.getFirst("houjinForgot") != null) {
            ForgotPasswordForm.action(context, form);
            return;
        }
        String info = form.getFirst("houjinInfo");
        if (info != null) {
            showInfo(context, info);
            return;
        }
        if (LoginPage.TAB_INDIVIDUAL.equals(form.getFirst("tab"))) {
            individual(context, form);
        } else {
            corporate(context, form);
        }
    }

    /** 「初めてログインする方はこちら」 and 「パスワードを忘れた方はこちら」 open their forms; "back" returns here. */
    private void showInfo(AuthenticationFlowContext context, String info) {
        if ("firstLogin".equals(info)) {
            FirstLoginForm.show(context, FirstLoginForm.MODE_FIRST_LOGIN);
        } else if ("forgotPassword".equals(info)) {
            ForgotPasswordForm.show(context);
        } else if (CorporateSignupForm.INFO.equals(info) && context.getRealm().isRegistrationAllowed()) {
            CorporateSignupForm.show(context);
        } else if (AdminVerificationForm.MODE_RESET.equals(info) || AdminVerificationForm.MODE_ADD.equals(info)) {
            AdminVerificationForm.show(context, info);
        } else {
            authenticate(context);
        }
    }

    private void corporate(AuthenticationFlowContext context, MultivaluedMap<String, String> form) {
        LoginPage page = new LoginPage(LoginPage.TAB_CORPORATE);
        InputNormalizer.Result login = InputNormalizer.login(form.getFirst("loginId"));
        // Seed 004: a corporate account signs in with its registered email and password, 法人ID left out.
        boolean byEmail = isBlank(form.getFirst("corporateId")) && login.ok() && login.value().contains("@");
        InputNormalizer.Result corporateId = byEmail ? new InputNormalizer.Result("", null) : InputNormalizer.corporateId(form.getFirst("corporateId"));
        InputNormalizer.Result password = InputNormalizer.password(form.getFirst("password"));
        page.corporateId = corporateId.value();
        page.login = login.value();
        page.remember = "on".equals(form.getFirst("rememberIds"));
        context.getEvent().detail(LoginEvents.DETAIL_TAB, LoginPage.TAB_CORPORATE);

        if (SignInSteps.refuseInput(context, page, "corporateId", corporateId) | SignInSteps.refuseInput(context, page, "loginId", login)
                | SignInSteps.refuseInput(context, page, "password", password)) {
            SignInSteps.refuse(context, page, SignInRefusal.INVALID_INPUT);
            return;
        }
        context.getEvent().detail(Details.USERNAME, byEmail ? login.value() : corporateId.value() + ":" + login.value());
        if (!byEmail) {
            context.getEvent().detail(LoginEvents.DETAIL_CORPORATE_ID, corporateId.value());
        }

        KeycloakSession session = context.getSession();
        CorporateDirectory directory = session.getProvider(CorporateDirectory.class);
        SignInSteps.Named named = byEmail ? SignInSteps.lookUpByEmail(context, context.getEvent(), page, login.value(), "sign-in")
                : SignInSteps.lookUp(context, context.getEvent(), page, corporateId.value(), login.value(), "sign-in");
        if (named == null) {
            return;
        }
        Optional<Corporation> corporation = named.corporation();
        Optional<CorporateUser> entry = named.entry();
        // The allow-list comes before any password is looked at: nothing can be tried from outside the networks.
        if (corporation.isPresent()) {
            if (byEmail) {
                // Found by an address alone: アクセス制限エラー would tell an outsider that the address has an account,
                // so the refusal reads like any wrong credential (the event says what it was).
                if (!IpAccessCheck.allows(session, directory, corporation.get())) {
                    context.getEvent().detail(LoginEvents.DETAIL_CORPORATE_ID, corporation.get().getCorporateId())
                            .detail(IpAccessCheck.DETAIL_CLIENT_ADDRESS, context.getConnection().getRemoteAddr());
                    SignInSteps.refuseUnknown(context, page, IpAccessCheck.EVENT_ERROR, INVALID_CREDENTIALS, password.value());
                    return;
                }
                context.getEvent().detail(LoginEvents.DETAIL_CORPORATE_ID, corporation.get().getCorporateId());
            } else if (!IpAccessCheck.allow(context, directory, corporation.get())) {
                return;
            }
        }
        UserModel user = entry.map(u -> DirectoryAccounts.userOf(session, context.getRealm(), u)).orElse(null);
        if (user == null) {
            SignInSteps.refuseUnknown(context, page, byEmail ? Errors.USER_NOT_FOUND : SignInSteps.unknownAccount(corporation),
                    INVALID_CREDENTIALS, password.value());
            return;
        }
        CorporateUser found = entry.get();
        if (!PasswordAttempt.check(context, page, user,
                () -> directory.verifyPassword(context.getRealm(), found, password.value()),
                INVALID_CREDENTIALS)) {
            return;
        }
        if (SignInSteps.refuseRestricted(context, page, found, user)) {
            return;
        }
        if (FirstLoginForm.refuseTemporary(context, page, directory, found)) {
            return;
        }
        if (page.remember) {
            RememberedIds.remember(context, corporateId.value(), login.value());
        } else {
            RememberedIds.forget(context);
        }
        AdminRequests.settle(session, context.getRealm(), user);
        context.setUser(user);
        context.success();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private void individual(AuthenticationFlowContext context, MultivaluedMap<String, String> form) {
        LoginPage page = new LoginPage(LoginPage.TAB_INDIVIDUAL);
        InputNormalizer.Result email = InputNormalizer.email(form.getFirst("email"));
        InputNormalizer.Result password = InputNormalizer.password(form.getFirst("password"));
        page.email = email.value();
        context.getEvent().detail(LoginEvents.DETAIL_TAB, LoginPage.TAB_INDIVIDUAL);
        if (SignInSteps.refuseInput(context, page, "email", email) | SignInSteps.refuseInput(context, page, "password", password)) {
            SignInSteps.refuse(context, page, SignInRefusal.INVALID_INPUT);
            return;
        }
        context.getEvent().detail(Details.USERNAME, email.value());
        UserModel user = context.getSession().users().getUserByEmail(context.getRealm(), email.value());
        if (user == null || user.getFederationLink() != null) {
            // Corporate accounts sign in on the corporate tab only. The time spent is that of an individual's real
            // check (the realm's hashing policy), so an address with a corporate account looks like an unknown one.
            AuthenticatorUtils.dummyHash(context);
            context.getEvent().error(Errors.USER_NOT_FOUND);
            context.failureChallenge(AuthenticationFlowError.INVALID_USER,
                    page.error(INDIVIDUAL_INVALID_CREDENTIALS).render(context.form()));
            return;
        }
        if (!PasswordAttempt.check(context, page, user,
                () -> user.credentialManager().isValid(UserCredentialModel.password(password.value())),
                INDIVIDUAL_INVALID_CREDENTIALS)) {
            return;
        }
        if (!user.isEnabled()) {
            SignInSteps.refuse(context, page, SignInRefusal.ACCOUNT_DISABLED);
            return;
        }
        context.setUser(user);
        context.success();
    }

    @Override
    public boolean requiresUser() {
        return false;
    }
}
