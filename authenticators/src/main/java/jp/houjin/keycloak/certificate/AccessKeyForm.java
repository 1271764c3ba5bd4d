package jp.houjin.keycloak.certificate;

import jp.houjin.keycloak.common.SignInSteps;
import jp.houjin.keycloak.common.LoginEvents;
import jp.houjin.keycloak.common.SignInRefusal;
import jp.houjin.keycloak.lockout.AddressLock;
import jp.houjin.keycloak.lockout.PasswordAttempt;
import java.util.Optional;
import java.util.OptionalInt;

import jakarta.ws.rs.core.MultivaluedMap;
import jp.houjin.keycloak.directory.CorporateDirectory;
import jp.houjin.keycloak.ipaccess.IpAccessCheck;
import jp.houjin.keycloak.directory.model.CorporateUser;
import jp.houjin.keycloak.directory.storage.DirectoryAttributes;
import jp.houjin.keycloak.directory.text.InputNormalizer;
import jp.houjin.keycloak.common.LoginPage;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.events.Errors;
import org.keycloak.models.UserModel;

/**
 * The second step of the certificate sign-in (seed 003): アクセスキー (8 digits, issued per corporation, stored hashed)
 * + パスワード. The account the certificate maps to must belong to the corporation of the access key and the password
 * must be its own; any mismatch (no account for the certificate, another corporation's key, a wrong password) gets
 * one message and counts toward Keycloak's lockout. A locked account gets the seed's message (contact support, who
 * set a new initial password, which lifts the lock at once) together with how long the lock lasts at most (the
 * realm's lockout settings; a lock lifts itself, as every sign-in lock here does: only the certificate's holder can
 * cause it, but a lock nobody can lift without support would turn every typing slip into days without access —
 * seed 003 quotes 2–3 business days for a new initial password). With Keycloak's permanent lockout the message
 * names support only. An initial password works for its lifespan (30 days) and must then be changed on
 * Keycloak's update-password page (new password + confirmation); an expired one is refused with its own message.
 */
final class AccessKeyForm extends jp.houjin.keycloak.common.StatelessAuthenticator {

    static final String TEMPLATE = "houjin-access-key.ftl";
    static final String INVALID = "houjinAccessKeyInvalid";
    static final String LOCKED = "houjinAccessKeyLocked";
    static final String LOCKED_UNTIL_SUPPORT = "houjinAccessKeyLockedUntilSupport";
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
            SignInSteps.refuse(context, page, SignInRefusal.INVALID_INPUT);
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
            directory.verifyDummyVerifier(key.value());
            SignInSteps.refuseUnknown(context, page, Errors.USER_NOT_FOUND, INVALID, password.value());
            return;
        }
        CorporateUser found = entry.get();
        // As on the corporate form: outside the corporation's allow-list neither access key nor password is looked at.
        if (!IpAccessCheck.allow(context, directory, found.getCorporation())) {
            return;
        }
        context.getEvent().detail(LoginEvents.DETAIL_CORPORATE_ID, found.getCorporation().getCorporateId());
        // Both are checked every time, so timing does not tell which one was wrong. A locked holder gets the seed's
        // lock message (contact support, who set a new initial password), with how long the lock lasts at most.
        OptionalInt lockMinutes = AddressLock.longestMinutes(context.getRealm());
        if (!PasswordAttempt.check(context, page, user, () -> {
            boolean keyMatches = directory.verifyAccessKey(found.getCorporation(), key.value());
            boolean passwordMatches = directory.verifyPassword(context.getRealm(), found, password.value());
            return !keyMatches ? EVENT_WRONG_CORPORATION : passwordMatches ? null : Errors.INVALID_USER_CREDENTIALS;
        }, INVALID, lockMinutes.isPresent() ? LOCKED : LOCKED_UNTIL_SUPPORT,
                lockMinutes.isPresent() ? new Object[] {lockMinutes.getAsInt()} : new Object[0])) {
            return;
        }
        if (SignInSteps.refuseRestricted(context, page, found, user)) {
            return;
        }
        Long initialExpires = found.getTempPasswordExpiresAt();
        if (initialExpires != null && initialExpires <= System.currentTimeMillis()) {
            SignInSteps.refuse(context, page, SignInRefusal.INITIAL_PASSWORD_EXPIRED);
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
