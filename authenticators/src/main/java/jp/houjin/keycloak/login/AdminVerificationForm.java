package jp.houjin.keycloak.login;

import jp.houjin.keycloak.common.ClientAddress;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.core.MultivaluedMap;
import jp.houjin.keycloak.common.PortalTime;
import jp.houjin.keycloak.directory.CorporateDirectory;
import jp.houjin.keycloak.directory.model.Corporation;
import jp.houjin.keycloak.directory.model.CorporateUser;
import jp.houjin.keycloak.directory.storage.DirectoryAttributes;
import jp.houjin.keycloak.directory.text.InputNormalizer;
import jp.houjin.keycloak.invitation.Invitations;
import jp.houjin.keycloak.ipaccess.IpAccessCheck;
import jp.houjin.keycloak.login.CorporateLoginFormAuthenticator.LoginPage;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.events.Details;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.UserModel;

/**
 * Verification with 法人番号 + 振込口座番号 (seed 002), for corporate admins:
 * <ul>
 * <li>{@code adminReset}: an admin who forgot the password proves the corporation's numbers and sets a new password
 * (Keycloak's update-password page, realm policy);</li>
 * <li>{@code addAdmin} (「前任者の異動などによりログインできない場合」): the same proof registers an additional corporate
 * admin, who confirms by the invitation mail's link.</li>
 * </ul>
 * Failures are counted in the directory per corporation and per client address over 15 minutes (cluster-wide: the
 * database is shared); past the limits the form refuses before checking anything. Every attempt is an event; on
 * success every other admin of the corporation is told by mail.
 */
final class AdminVerificationForm {

    static final String TEMPLATE = "houjin-admin-verify.ftl";
    static final String MODE_RESET = "adminReset";
    static final String MODE_ADD = "addAdmin";
    static final long WINDOW_MILLIS = 15 * 60 * 1000L;
    static final int MAX_PER_CORPORATION = 5;
    static final int MAX_PER_ADDRESS = 10;

    static final String FAILED = "houjinVerificationFailed";
    static final String LOCKED = "houjinVerificationLocked";
    static final String EVENT_FAILED = "verification_failed";
    static final String EVENT_LOCKED = "verification_locked";
    static final String NOTICE_TEMPLATE = "houjin-admin-notice.ftl";

    private static final Logger LOG = Logger.getLogger(AdminVerificationForm.class);

    private AdminVerificationForm() {
    }

    static void show(AuthenticationFlowContext context, String mode) {
        context.challenge(page(mode).render(context.form()));
    }

    private static LoginPage page(String mode) {
        LoginPage page = new LoginPage(CorporateLoginFormAuthenticator.TAB_CORPORATE);
        page.template = TEMPLATE;
        page.extra.put("mode", mode);
        page.extra.put("step", "input");
        for (String field : new String[] {"newUserId", "lastName", "firstName", "newEmail"}) {
            page.extra.put(field, "");
        }
        return page;
    }

    static void action(AuthenticationFlowContext context, MultivaluedMap<String, String> form, String mode) {
        boolean add = MODE_ADD.equals(mode);
        LoginPage page = page(add ? MODE_ADD : MODE_RESET);
        EventBuilder event = context.newEvent().event(add ? EventType.REGISTER : EventType.RESET_PASSWORD)
                .detail("verification", add ? "add_admin" : "admin_reset");
        InputNormalizer.Result corporateId = InputNormalizer.corporateId(form.getFirst("corporateId"));
        InputNormalizer.Result number = InputNormalizer.corporateNumber(form.getFirst("corporateNumber"));
        InputNormalizer.Result account = InputNormalizer.bankAccount(form.getFirst("bankAccount"));
        page.corporateId = corporateId.value();
        boolean refused = CorporateLoginFormAuthenticator.refuseInput(context, page, "corporateId", corporateId)
                | CorporateLoginFormAuthenticator.refuseInput(context, page, "corporateNumber", number)
                | CorporateLoginFormAuthenticator.refuseInput(context, page, "bankAccount", account);
        InputNormalizer.Result login = null;
        NewAdmin newAdmin = null;
        if (add) {
            newAdmin = NewAdmin.read(form, page);
            refused |= newAdmin.refuse(context, page);
        } else {
            login = InputNormalizer.login(form.getFirst("loginId"));
            page.login = login.value();
            refused |= CorporateLoginFormAuthenticator.refuseInput(context, page, "loginId", login);
        }
        if (refused) {
            event.error(LoginEvents.INVALID_INPUT);
            context.forceChallenge(page.render(context.form()));
            return;
        }
        event.detail(LoginEvents.DETAIL_CORPORATE_ID, corporateId.value());
        // Per-address failure counters: a client-chosen forwarded address must not give a fresh counter per guess.
        String address = ClientAddress.key(context.getSession());
        CorporateDirectory directory = context.getSession().getProvider(CorporateDirectory.class);
        Optional<Corporation> corporation;
        try {
            corporation = directory.findCorporation(corporateId.value());
        } catch (RuntimeException e) {
            CorporateLoginFormAuthenticator.directoryUnavailable(context, event, page, "a verification", e);
            return;
        }
        if (corporation.isPresent() && !IpAccessCheck.allow(context, directory, corporation.get())) {
            return;
        }
        long since = System.currentTimeMillis() - WINDOW_MILLIS;
        if (directory.verificationFailuresFrom(address, since) >= MAX_PER_ADDRESS || corporation
                .map(c -> directory.verificationFailures(c, since) >= MAX_PER_CORPORATION).orElse(false)) {
            event.detail(IpAccessCheck.DETAIL_CLIENT_ADDRESS, address).error(EVENT_LOCKED);
            context.forceChallenge(page.error(LOCKED).render(context.form()));
            return;
        }
        boolean numbersMatch = corporation.isPresent() && number.value().equals(corporation.get().getCorporateNumber());
        boolean accountMatches = corporation.map(c -> directory.verifyBankAccount(c, account.value())).orElseGet(() -> {
            directory.verifyDummyPassword(account.value());
            return false;
        });
        CorporateUser admin = null;
        UserModel user = null;
        if (!add && numbersMatch && accountMatches && corporation.get().isActive()) {
            admin = CorporateLoginFormAuthenticator.find(directory, corporateId.value(), login.value())
                    .filter(u -> u.getRole() == CorporateUser.Role.ADMIN && !u.isLoginSuspended()).orElse(null);
            user = admin == null ? null : Invitations.keycloakUser(context.getSession(), context.getRealm(), admin);
        }
        boolean verified = numbersMatch && accountMatches && corporation.get().isActive() && (add || user != null);
        if (!verified) {
            directory.recordVerificationFailure(corporation.orElse(null), address);
            event.detail(IpAccessCheck.DETAIL_CLIENT_ADDRESS, address).error(EVENT_FAILED);
            context.forceChallenge(page.error(FAILED).render(context.form()));
            return;
        }
        if (add) {
            newAdmin.register(context, directory, corporation.get(), page, event);
            return;
        }
        event.user(user).detail(Details.USERNAME, user.getUsername()).success();
        notifyAdmins(context, directory, corporation.get(), admin, "adminReset");
        context.getAuthenticationSession().addRequiredAction(UserModel.RequiredAction.UPDATE_PASSWORD);
        context.setUser(user);
        context.success();
    }

    /** Tells every other admin with an email; a mail that cannot be sent is logged and does not undo anything. */
    static void notifyAdmins(AuthenticationFlowContext context, CorporateDirectory directory, Corporation corporation,
            CorporateUser subject, String kind) {
        for (CorporateUser other : directory.admins(corporation)) {
            if (other.getId().equals(subject.getId()) || other.getEmail() == null) {
                continue;
            }
            UserModel recipient = Invitations.keycloakUser(context.getSession(), context.getRealm(), other);
            if (recipient == null) {
                continue;
            }
            Map<String, Object> attributes = new HashMap<>();
            attributes.put("kind", kind);
            attributes.put("corporateId", corporation.getCorporateId());
            attributes.put("corporationName", corporation.getName());
            attributes.put("userId", subject.getUserId());
            attributes.put("name", (subject.getFamilyName() == null ? "" : subject.getFamilyName() + " ")
                    + (subject.getGivenName() == null ? "" : subject.getGivenName()));
            attributes.put("time", PortalTime.format(Instant.now()));
            attributes.put("address", context.getConnection().getRemoteAddr());
            try {
                context.getSession().getProvider(EmailTemplateProvider.class).setRealm(context.getRealm())
                        .setUser(recipient).send("houjinNoticeSubject_" + kind, java.util.List.of(corporation.getName()),
                                NOTICE_TEMPLATE, attributes);
            } catch (EmailException e) {
                LOG.warnf("Admin notice not sent to %s: %s", other.getUserId(), e.toString());
            }
        }
    }

    /** The new admin of 「前任者の異動などによりログインできない場合」. */
    private record NewAdmin(InputNormalizer.Result userId, InputNormalizer.Result lastName, InputNormalizer.Result firstName,
            InputNormalizer.Result email) {

        static NewAdmin read(MultivaluedMap<String, String> form, LoginPage page) {
            NewAdmin a = new NewAdmin(InputNormalizer.userId(form.getFirst("newUserId")), name(form.getFirst("lastName")),
                    name(form.getFirst("firstName")), InputNormalizer.email(form.getFirst("newEmail")));
            page.extra.put("newUserId", a.userId.value() == null ? "" : a.userId.value());
            page.extra.put("lastName", a.lastName.value() == null ? "" : a.lastName.value());
            page.extra.put("firstName", a.firstName.value() == null ? "" : a.firstName.value());
            page.extra.put("newEmail", a.email.value() == null ? "" : a.email.value());
            return a;
        }

        private static InputNormalizer.Result name(String raw) {
            if (raw != null && InputNormalizer.hasControl(raw)) {
                return new InputNormalizer.Result(null, InputNormalizer.Problem.CONTROL_CHARACTER);
            }
            String v = InputNormalizer.normalize(raw);
            if (v == null || v.isEmpty()) {
                return new InputNormalizer.Result("", InputNormalizer.Problem.EMPTY);
            }
            if (v.length() > 64) {
                return new InputNormalizer.Result(null, InputNormalizer.Problem.TOO_LONG);
            }
            return v.matches(".*[<>&\"'].*") ? new InputNormalizer.Result(v, InputNormalizer.Problem.FORMAT)
                    : new InputNormalizer.Result(v, null);
        }

        boolean refuse(AuthenticationFlowContext context, LoginPage page) {
            return CorporateLoginFormAuthenticator.refuseInput(context, page, "newUserId", userId)
                    | CorporateLoginFormAuthenticator.refuseInput(context, page, "lastName", lastName)
                    | CorporateLoginFormAuthenticator.refuseInput(context, page, "firstName", firstName)
                    | CorporateLoginFormAuthenticator.refuseInput(context, page, "newEmail", email);
        }

        void register(AuthenticationFlowContext context, CorporateDirectory directory, Corporation corporation,
                LoginPage page, EventBuilder event) {
            if (directory.findUser(corporation.getCorporateId(), userId.value()).isPresent()
                    || directory.findUserByEmail(corporation.getCorporateId(), email.value()).isPresent()) {
                page.fieldErrors.put(directory.findUser(corporation.getCorporateId(), userId.value()).isPresent()
                        ? "newUserId" : "newEmail", "houjinAlreadyUsed");
                event.error("user_exists");
                context.forceChallenge(page.render(context.form()));
                return;
            }
            UserModel user = context.getSession().users().addUser(context.getRealm(),
                    DirectoryAttributes.username(corporation.getCorporateId(), userId.value()));
            user.setEnabled(true);
            user.setLastName(lastName.value());
            user.setFirstName(firstName.value());
            user.setEmail(email.value());
            user.setSingleAttribute(DirectoryAttributes.CORPORATE_ROLE, "admin");
            CorporateUser entry = directory.findUser(corporation.getCorporateId(), userId.value()).orElseThrow();
            Invitations.Issued issued;
            try {
                issued = new Invitations(context.getSession(), context.getRealm()).invite(entry, user, null,
                        "verification:" + ClientAddress.key(context.getSession()));
            } catch (EmailException e) {
                LOG.warnf("Additional admin not registered, mail failed: %s", e.toString());
                context.getSession().getTransactionManager().setRollbackOnly();
                event.error(org.keycloak.events.Errors.EMAIL_SEND_FAILED);
                context.forceChallenge(page.error("houjinMailNotSent").render(context.form()));
                return;
            }
            event.user(user).detail(Details.USERNAME, user.getUsername()).detail(Details.EMAIL, email.value()).success();
            notifyAdmins(context, directory, corporation, entry, "addAdmin");
            page.extra.put("step", "done");
            page.extra.put("temporaryPassword", issued.temporaryPassword());
            context.forceChallenge(page.render(context.form()));
        }
    }
}
