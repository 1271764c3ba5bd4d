package jp.houjin.keycloak.login;

import jp.houjin.keycloak.common.StatelessAuthenticator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jp.houjin.keycloak.directory.CorporateDirectory;
import jp.houjin.keycloak.directory.model.Corporation;
import jp.houjin.keycloak.directory.model.CorporateUser;
import jp.houjin.keycloak.directory.storage.DirectoryAttributes;
import jp.houjin.keycloak.directory.text.InputNormalizer;
import jp.houjin.keycloak.ipaccess.IpAccessCheck;
import jp.houjin.keycloak.lockout.AddressLock;
import jp.houjin.keycloak.profile.ProfileFields;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.authenticators.browser.AbstractUsernameFormAuthenticator;
import org.keycloak.authentication.authenticators.util.AuthenticatorUtils;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserCredentialModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.services.managers.BruteForceProtector;

/**
 * The corporate sign-in form: 法人ID + ユーザーIDまたはメールアドレス + パスワード, and a tab for individual accounts
 * (email + password). Unknown corporation, unknown user and wrong password share one message; the access checks
 * (login suspended, corporation suspended) come only after the password was right.
 */
final class CorporateLoginFormAuthenticator extends StatelessAuthenticator {

    static final String TEMPLATE = "houjin-login.ftl";
    static final String TAB_CORPORATE = "corporate";
    static final String TAB_INDIVIDUAL = "individual";

    private static final Logger LOG = Logger.getLogger(CorporateLoginFormAuthenticator.class);

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        if (FirstLoginForm.invitationId(context) != null) {
            FirstLoginForm.show(context, FirstLoginForm.MODE_INVITATION);
            return;
        }
        if (AdminVerificationForm.recoveringAdmin(context) != null) {
            AdminVerificationForm.showProof(context);
            return;
        }
        showLogin(context);
    }

    /** The sign-in page itself, with the remembered IDs. */
    static void showLogin(AuthenticationFlowContext context) {
        Optional<RememberedIds.Ids> remembered = RememberedIds.read(context);
        LoginPage page = new LoginPage(TAB_CORPORATE);
        remembered.ifPresent(ids -> {
            page.corporateId = ids.corporateId();
            page.login = ids.login();
            page.remember = true;
        });
        context.challenge(page.render(context.form()));
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
        if (TAB_INDIVIDUAL.equals(form.getFirst("tab"))) {
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
        LoginPage page = new LoginPage(TAB_CORPORATE);
        InputNormalizer.Result corporateId = InputNormalizer.corporateId(form.getFirst("corporateId"));
        InputNormalizer.Result login = InputNormalizer.login(form.getFirst("loginId"));
        InputNormalizer.Result password = InputNormalizer.password(form.getFirst("password"));
        page.corporateId = corporateId.value();
        page.login = login.value();
        page.remember = "on".equals(form.getFirst("rememberIds"));
        context.getEvent().detail(LoginEvents.DETAIL_TAB, TAB_CORPORATE);

        if (refuseInput(context, page, "corporateId", corporateId) | refuseInput(context, page, "loginId", login)
                | refuseInput(context, page, "password", password)) {
            context.getEvent().error(LoginEvents.INVALID_INPUT);
            context.forceChallenge(page.render(context.form()));
            return;
        }
        context.getEvent().detail(LoginEvents.DETAIL_CORPORATE_ID, corporateId.value())
                .detail(Details.USERNAME, corporateId.value() + ":" + login.value());

        KeycloakSession session = context.getSession();
        CorporateDirectory directory = session.getProvider(CorporateDirectory.class);
        Optional<Corporation> corporation;
        Optional<CorporateUser> entry;
        try {
            corporation = directory.findCorporation(corporateId.value());
            entry = corporation.flatMap(c -> find(directory, c.getCorporateId(), login.value()));
        } catch (RuntimeException e) {
            directoryUnavailable(context, context.getEvent(), page, "sign-in", e);
            return;
        }
        // The allow-list comes before any password is looked at: nothing can be tried from outside the networks.
        if (corporation.isPresent() && !IpAccessCheck.allow(context, directory, corporation.get())) {
            return;
        }
        UserModel user = entry.map(u -> session.users().getUserByUsername(context.getRealm(),
                DirectoryAttributes.username(u.getCorporation().getCorporateId(), u.getUserId()))).orElse(null);
        if (user == null) {
            // Spend the time a real check takes, so timing does not tell which part was wrong.
            directory.verifyDummyPassword(context.getRealm(), password.value());
            context.getEvent().error(corporation.isEmpty() ? LoginEvents.CORPORATION_NOT_FOUND : Errors.USER_NOT_FOUND);
            context.failureChallenge(AuthenticationFlowError.INVALID_USER,
                    page.error(LoginMessages.INVALID_CREDENTIALS).render(context.form()));
            return;
        }
        CorporateUser found = entry.get();
        if (!checkPassword(context, page, user,
                () -> directory.verifyPassword(context.getRealm(), found, password.value()), LoginMessages.INVALID_CREDENTIALS)) {
            return;
        }
        if (refuseRestricted(context, page, found, user)) {
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
        context.setUser(user);
        context.success();
    }

    /**
     * Login suspended, corporation suspended or not yet confirmed (本登録), or disabled: refused only once the
     * password was right.
     */
    static boolean refuseRestricted(AuthenticationFlowContext context, LoginPage page, CorporateUser found, UserModel user) {
        if (found.getCorporation().isActive() && !found.isLoginSuspended() && user.isEnabled()) {
            return false;
        }
        if (found.getCorporation().isPending()) {
            context.getEvent().user(user).error(LoginEvents.CORPORATION_PENDING);
            context.forceChallenge(page.error(LoginMessages.CORPORATION_PENDING).render(context.form()));
            return true;
        }
        context.getEvent().user(user).error(!found.getCorporation().isActive() ? LoginEvents.CORPORATION_SUSPENDED
                : found.isLoginSuspended() ? LoginEvents.USER_LOGIN_SUSPENDED : Errors.USER_DISABLED);
        context.forceChallenge(page.error(LoginMessages.ACCESS_RESTRICTED, found.getCorporation().getCorporateId())
                .render(context.form()));
        return true;
    }

    static Optional<CorporateUser> find(CorporateDirectory directory, String corporateId, String login) {
        if (login.contains("@")) {
            return directory.findUserByEmail(corporateId, login).or(() -> directory.findUser(corporateId, login));
        }
        return directory.findUser(corporateId, login);
    }

    private void individual(AuthenticationFlowContext context, MultivaluedMap<String, String> form) {
        LoginPage page = new LoginPage(TAB_INDIVIDUAL);
        InputNormalizer.Result email = InputNormalizer.email(form.getFirst("email"));
        InputNormalizer.Result password = InputNormalizer.password(form.getFirst("password"));
        page.email = email.value();
        context.getEvent().detail(LoginEvents.DETAIL_TAB, TAB_INDIVIDUAL);
        if (refuseInput(context, page, "email", email) | refuseInput(context, page, "password", password)) {
            context.getEvent().error(LoginEvents.INVALID_INPUT);
            context.forceChallenge(page.render(context.form()));
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
                    page.error(LoginMessages.INDIVIDUAL_INVALID_CREDENTIALS).render(context.form()));
            return;
        }
        if (!checkPassword(context, page, user,
                () -> user.credentialManager().isValid(UserCredentialModel.password(password.value())),
                LoginMessages.INDIVIDUAL_INVALID_CREDENTIALS)) {
            return;
        }
        if (!user.isEnabled()) {
            context.getEvent().user(user).error(Errors.USER_DISABLED);
            context.forceChallenge(page.error(LoginMessages.ACCOUNT_DISABLED).render(context.form()));
            return;
        }
        context.setUser(user);
        context.success();
    }

    /**
     * Lockout first (the account everywhere, then this address for this account: see the lockout package), then the
     * password; every failure counts. A locked account answers exactly as a wrong password does — the same message,
     * and the same time, because the password is hashed anyway (its result is ignored) — so neither the page nor its
     * timing tells that an account exists or is locked. The event says which lock it was.
     */
    static boolean checkPassword(AuthenticationFlowContext context, LoginPage page, UserModel user,
            BooleanSupplier passwordMatches, String invalidMessage) {
        RealmModel realm = context.getRealm();
        context.getEvent().user(user);
        if (realm.isBruteForceProtected()) {
            BruteForceProtector protector = context.getSession().getProvider(BruteForceProtector.class);
            if (protector.isPermanentlyLockedOut(context.getSession(), realm, user)
                    || protector.isTemporarilyDisabled(context.getSession(), realm, user)) {
                passwordMatches.getAsBoolean();
                context.getEvent().error(Errors.USER_TEMPORARILY_DISABLED);
                context.forceChallenge(page.error(invalidMessage).render(context.form()));
                return false;
            }
        }
        Optional<AddressLock.Reservation> slot = AddressLock.reserve(context.getSession(), realm, user);
        if (slot.isEmpty()) {
            // Not counted again: guesses from one network must not add up to the account-wide lock.
            passwordMatches.getAsBoolean();
            context.getEvent().detail(AddressLock.DETAIL_SCOPE, AddressLock.SCOPE_ADDRESS).error(Errors.USER_TEMPORARILY_DISABLED);
            context.forceChallenge(page.error(invalidMessage).render(context.form()));
            return false;
        }
        // Named only now, so that Keycloak counts a failure against this account and no other.
        context.getAuthenticationSession().setAuthNote(AbstractUsernameFormAuthenticator.ATTEMPTED_USERNAME, user.getUsername());
        if (!passwordMatches.getAsBoolean()) {
            context.getEvent().error(Errors.INVALID_USER_CREDENTIALS);
            context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS, page.error(invalidMessage).render(context.form()));
            return false;
        }
        AddressLock.succeeded(context.getSession(), slot.get());
        return true;
    }

    /**
     * The directory could not be read (its database is down): a log line, the event error an admin reads, the same
     * form with its own message. Nothing was written, so nothing is lost.
     */
    static void directoryUnavailable(AuthenticationFlowContext context, org.keycloak.events.EventBuilder event,
            LoginPage page, String during, RuntimeException e) {
        LOG.warnf("Corporate directory unavailable during %s: %s", during, e.toString());
        event.error(LoginEvents.DIRECTORY_UNAVAILABLE);
        context.forceChallenge(page.error(LoginMessages.DIRECTORY_UNAVAILABLE).render(context.form()));
    }

    static boolean refuseInput(AuthenticationFlowContext context, LoginPage page, String field,
            InputNormalizer.Result result) {
        if (result.ok()) {
            return false;
        }
        page.fieldErrors.put(field, LoginMessages.problem(field, result.problem()));
        context.getEvent().detail(LoginEvents.DETAIL_FIELD, field);
        return true;
    }

    /** What the form shows: the values typed (never the password), the tab, field errors and one page error. */
    static final class LoginPage {
        final String tab;
        String template = TEMPLATE;
        final Map<String, Object> extra = new HashMap<>();
        String corporateId;
        String login;
        String email;
        boolean remember;
        final Map<String, String> fieldErrors = new HashMap<>();
        /** Field errors with parameters, encoded by {@link ProfileFields}. */
        final Map<String, String> encodedErrors = new java.util.LinkedHashMap<>();
        String error;
        Object[] errorParams = new Object[0];

        LoginPage(String tab) {
            this.tab = tab;
        }

        LoginPage error(String key, Object... params) {
            this.error = key;
            this.errorParams = params;
            return this;
        }

        Response render(LoginFormsProvider form) {
            Map<String, Object> model = new HashMap<>();
            model.put("tab", tab);
            model.put("corporateId", corporateId == null ? "" : corporateId);
            model.put("login", login == null ? "" : login);
            model.put("email", email == null ? "" : email);
            model.put("remember", remember);
            model.putAll(extra);
            form.setAttribute("houjin", model);
            fieldErrors.forEach((field, key) -> form.addError(new FormMessage(field, key)));
            ProfileFields.addErrors(form, encodedErrors);
            if (error != null) {
                form.setError(error, errorParams);
            }
            return form.createForm(template);
        }
    }

    @Override
    public boolean requiresUser() {
        return false;
    }
}
