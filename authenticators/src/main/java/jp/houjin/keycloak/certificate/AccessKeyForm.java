package jp.houjin.keycloak.certificate;

import jp.houjin.keycloak.common.SignInSteps;
import jp.houjin.keycloak.common.LoginEvents;
import java.util.Optional;

import jakarta.ws.rs.core.MultivaluedMap;
import jp.houjin.keycloak.certificate.ClientCertificateAuthenticator;
import jp.houjin.keycloak.directory.CorporateDirectory;
import jp.houjin.keycloak.ipaccess.IpAccessCheck;
import jp.houjin.keycloak.lockout.AddressLock;
import jp.houjin.keycloak.directory.model.CorporateUser;
import jp.houjin.keycloak.directory.storage.DirectoryAttributes;
import jp.houjin.keycloak.directory.text.InputNormalizer;
import jp.houjin.keycloak.common.LoginPage;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.authenticators.browser.AbstractUsernameFormAuthenticator;
import org.keycloak.events.Errors;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.BruteForceProtector;

/**
 * The second step of the certificate sign-in (seed 003): アクセスキー (8 digits, issued per corporation, stored hashed)
 * + パスワード. The account the certificate maps to must belong to the corporation of the access key and the password
 * must be its own; any mismatch (no account for the certificate, another corporation's key, a wrong password) gets
 * one message and counts toward Keycloak's lockout. A locked account gets the seed's message (contact support, who
 * set a new initial password). An initial password works for its lifespan (30 days) and must then be changed on
 * Keycloak's update-password page (new password + confirmation); an expired one is refused with its own message.
 */
final class AccessKeyForm extends jp.houjin.keycloak.common.StatelessAuthenticator {

    static final String TEMPLATE = "houjin-access-key.ftl";
    static final String INVALID = "houjinAccessKeyInvalid";
    static final String LOCKED = "houjinAccessKeyLocked";
    static final String INITIAL_EXPIRED = "houjinInitialPasswordExpired";
    static final String EVENT_INITIAL_EXPIRED = "initial_password_expired";
    static final String EVENT_WRONG_CORPORATION = "access_key_mismatch";


    @Override
    public void authenticate(AuthenticationFlowContext context) {
        context.challenge(page(context).render(context.form()));
    }

    private static LoginPage page(AuthenticationFlowContext context) {
        LoginPage page = new LoginPage(LoginPage.TAB_CORPORATE);
        page.template = TEMPLATE;
        String subject = context.getAuthenticationSession().getAuthNote(ClientCertificateAuthenticator.NOTE_SUBJECT);
        page.extra.put("subject", subject == null ? "" : subject);
        return page;
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        LoginPage page = page(context);
        InputNormalizer.Result key = InputNormalizer.accessKey(form.getFirst("accessKey"));
        InputNormalizer.Result password = InputNormalizer.password(form.getFirst("password"));
        if (SignInSteps.refuseInput(context, page, "accessKey", key)
                | SignInSteps.refuseInput(context, page, "password", password)) {
            context.getEvent().error(LoginEvents.INVALID_INPUT);
            context.forceChallenge(page.render(context.form()));
            return;
        }
        String userId = context.getAuthenticationSession().getAuthNote(ClientCertificateAuthenticator.NOTE_USER);
        UserModel user = userId == null || userId.isEmpty() ? null : context.getSession().users().getUserById(context.getRealm(), userId);
        CorporateDirectory directory = context.getSession().getProvider(CorporateDirectory.class);
        Optional<CorporateUser> entry;
        try {
            entry = Optional.ofNullable(user).flatMap(u -> Optional.ofNullable(u.getFirstAttribute(DirectoryAttributes.CORPORATE_ID))
                    .flatMap(corporateId -> directory.findUser(corporateId, u.getFirstAttribute(DirectoryAttributes.USER_ID))));
        } catch (RuntimeException e) {
            SignInSteps.directoryUnavailable(context, context.getEvent(), page, "the certificate sign-in", e);
            return;
        }
        if (entry.isEmpty()) {
            // The certificate maps to no directory account: same answer, same time as a wrong password.
            directory.verifyDummyPassword(context.getRealm(), password.value());
            directory.verifyDummyVerifier(key.value());
            context.getEvent().error(Errors.USER_NOT_FOUND);
            context.failureChallenge(AuthenticationFlowError.INVALID_USER, page.error(INVALID).render(context.form()));
            return;
        }
        CorporateUser found = entry.get();
        // As on the corporate form: outside the corporation's allow-list neither access key nor password is looked at.
        if (!IpAccessCheck.allow(context, directory, found.getCorporation())) {
            return;
        }
        context.getEvent().user(user).detail(LoginEvents.DETAIL_CORPORATE_ID, found.getCorporation().getCorporateId());
        if (context.getRealm().isBruteForceProtected()) {
            BruteForceProtector protector = context.getSession().getProvider(BruteForceProtector.class);
            if (protector.isPermanentlyLockedOut(context.getSession(), context.getRealm(), user)
                    || protector.isTemporarilyDisabled(context.getSession(), context.getRealm(), user)) {
                context.getEvent().error(Errors.USER_TEMPORARILY_DISABLED);
                context.forceChallenge(page.error(LOCKED).render(context.form()));
                return;
            }
        }
        // The certificate holder's own failures from this address (the lockout package): the seed's lock message.
        Optional<AddressLock.Reservation> slot = AddressLock.reserve(context.getSession(), context.getRealm(), user);
        if (slot.isEmpty()) {
            context.getEvent().detail(AddressLock.DETAIL_SCOPE, AddressLock.SCOPE_ADDRESS).error(Errors.USER_TEMPORARILY_DISABLED);
            context.forceChallenge(page.error(LOCKED).render(context.form()));
            return;
        }
        context.getAuthenticationSession().setAuthNote(AbstractUsernameFormAuthenticator.ATTEMPTED_USERNAME, user.getUsername());
        // Both are checked every time, so timing does not tell which one was wrong.
        boolean keyMatches = directory.verifyAccessKey(found.getCorporation(), key.value());
        boolean passwordMatches = directory.verifyPassword(context.getRealm(), found, password.value());
        if (!keyMatches || !passwordMatches) {
            context.getEvent().error(!keyMatches ? EVENT_WRONG_CORPORATION : Errors.INVALID_USER_CREDENTIALS);
            context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS, page.error(INVALID).render(context.form()));
            return;
        }
        AddressLock.succeeded(context.getSession(), slot.get());
        if (SignInSteps.refuseRestricted(context, page, found, user)) {
            return;
        }
        Long initialExpires = found.getTempPasswordExpiresAt();
        if (initialExpires != null && initialExpires <= System.currentTimeMillis()) {
            context.getEvent().error(EVENT_INITIAL_EXPIRED);
            context.forceChallenge(page.error(INITIAL_EXPIRED).render(context.form()));
            return;
        }
        if (initialExpires != null) {
            // The initial password: changed on first sign-in (Keycloak's page, the realm policy; the new one is permanent).
            context.getAuthenticationSession().addRequiredAction(UserModel.RequiredAction.UPDATE_PASSWORD);
        }
        context.setUser(user);
        context.success();
    }

    @Override
    public boolean requiresUser() {
        return false;
    }
}
