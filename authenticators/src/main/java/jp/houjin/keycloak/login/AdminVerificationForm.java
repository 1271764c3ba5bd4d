package jp.houjin.keycloak.login;

import jp.houjin.keycloak.common.AnswerTime;
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
import jp.houjin.keycloak.lockout.AddressLock;
import jp.houjin.keycloak.login.CorporateLoginFormAuthenticator.LoginPage;
import jp.houjin.keycloak.recovery.AdminRecoveryActionToken;
import jp.houjin.keycloak.recovery.AdminRecoveryActionTokenHandler;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.events.Details;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.Errors;
import org.keycloak.events.EventType;
import org.keycloak.common.util.Time;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.LoginActionsService;
import org.keycloak.storage.StorageId;

/**
 * Verification with 法人番号 + 振込口座番号 (seed 002), for corporate admins:
 * <ul>
 * <li>{@code adminReset} (「管理者の方」), mail first: 法人ID + ユーザーID or email; an active admin with an email gets a
 * mail to the registered address (the page answers the same for every input); its link opens {@code adminProof},
 * where 法人番号 + 振込口座番号 are the second proof, then Keycloak's update-password page (realm policy); every other
 * admin is told by mail. Failures of the second proof count per admin and client address ({@link AddressLock}:
 * atomic, cluster-wide, expiring); nobody without the mail can reach it, so nobody else can lock the admin out;</li>
 * <li>{@code addAdmin} (「前任者の異動などによりログインできない場合」): the same proof registers an additional account
 * that asks for admin rights; it confirms by the invitation mail's link and holds the rights only once an existing
 * admin or an operator grants them; the existing admins are mailed at once. Failures are counted in the directory per corporation and per
 * client address over 15 minutes; past the limits the form refuses before checking anything.</li>
 * </ul>
 * Every attempt is an event.
 */
final class AdminVerificationForm {

    static final String TEMPLATE = "houjin-admin-verify.ftl";
    static final String MODE_RESET = "adminReset";
    static final String MODE_ADD = "addAdmin";
    static final String MODE_PROOF = "adminProof";
    /**
     * User attribute (Keycloak's federated storage, shown to admins by the user profile): when 「前任者の異動など」 asked
     * admin rights for this account, in Japan time.
     */
    static final String ADMIN_REQUESTED_ATTRIBUTE = "houjinAdminRequestedAt";
    static final String PROOF_FAILED = "houjinAdminProofFailed";
    static final String RECOVERY_MAIL_TEMPLATE = "houjin-admin-recovery.ftl";
    static final String RECOVERY_MAIL_SUBJECT = "houjinAdminRecoverySubject";
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
        if (MODE_PROOF.equals(mode)) {
            proof(context, form);
            return;
        }
        if (!MODE_ADD.equals(mode)) {
            requestRecovery(context, form);
            return;
        }
        LoginPage page = page(MODE_ADD);
        EventBuilder event = context.newEvent().event(EventType.REGISTER).detail("verification", "add_admin");
        InputNormalizer.Result corporateId = InputNormalizer.corporateId(form.getFirst("corporateId"));
        InputNormalizer.Result number = InputNormalizer.corporateNumber(form.getFirst("corporateNumber"));
        InputNormalizer.Result account = InputNormalizer.bankAccount(form.getFirst("bankAccount"));
        page.corporateId = corporateId.value();
        boolean refused = CorporateLoginFormAuthenticator.refuseInput(context, page, "corporateId", corporateId)
                | CorporateLoginFormAuthenticator.refuseInput(context, page, "corporateNumber", number)
                | CorporateLoginFormAuthenticator.refuseInput(context, page, "bankAccount", account);
        NewAdmin newAdmin = NewAdmin.read(form, page);
        refused |= newAdmin.refuse(context, page);
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
            directory.verifyDummyVerifier(account.value());
            return false;
        });
        boolean verified = numbersMatch && accountMatches && corporation.get().isActive();
        if (!verified) {
            directory.recordVerificationFailure(corporation.orElse(null), address);
            event.detail(IpAccessCheck.DETAIL_CLIENT_ADDRESS, address).error(EVENT_FAILED);
            context.forceChallenge(page.error(FAILED).render(context.form()));
            return;
        }
        newAdmin.register(context, directory, corporation.get(), page, event);
    }

    /** The admin whose recovery mail link opened this authentication session, if any. */
    static String recoveringAdmin(AuthenticationFlowContext context) {
        return context.getAuthenticationSession().getAuthNote(AdminRecoveryActionTokenHandler.ADMIN_NOTE);
    }

    static void showProof(AuthenticationFlowContext context) {
        UserModel user = context.getSession().users().getUserById(context.getRealm(), recoveringAdmin(context));
        context.challenge(proofPage(user).render(context.form()));
    }

    private static LoginPage proofPage(UserModel user) {
        LoginPage page = page(MODE_PROOF);
        page.corporateId = user == null ? "" : user.getFirstAttribute(DirectoryAttributes.CORPORATE_ID);
        page.login = user == null ? "" : user.getFirstAttribute(DirectoryAttributes.USER_ID);
        return page;
    }

    /**
     * Step 1 of 「管理者の方」: a mail to the admin's registered address. The page says the same whatever was typed
     * (unknown corporation or user, a member rather than an admin, no email, suspended): nothing tells who is an admin.
     */
    private static void requestRecovery(AuthenticationFlowContext context, MultivaluedMap<String, String> form) {
        AnswerTime answer = AnswerTime.start();
        LoginPage page = page(MODE_RESET);
        EventBuilder event = context.newEvent().event(EventType.SEND_RESET_PASSWORD).detail("verification", "admin_reset");
        InputNormalizer.Result corporateId = InputNormalizer.corporateId(form.getFirst("corporateId"));
        InputNormalizer.Result login = InputNormalizer.login(form.getFirst("loginId"));
        page.corporateId = corporateId.value();
        page.login = login.value();
        if (CorporateLoginFormAuthenticator.refuseInput(context, page, "corporateId", corporateId)
                | CorporateLoginFormAuthenticator.refuseInput(context, page, "loginId", login)) {
            event.error(LoginEvents.INVALID_INPUT);
            context.forceChallenge(page.render(context.form()));
            return;
        }
        event.detail(LoginEvents.DETAIL_CORPORATE_ID, corporateId.value())
                .detail(Details.USERNAME, corporateId.value() + ":" + login.value());
        CorporateDirectory directory = context.getSession().getProvider(CorporateDirectory.class);
        Optional<Corporation> corporation;
        Optional<CorporateUser> entry;
        try {
            corporation = directory.findCorporation(corporateId.value());
            entry = corporation.flatMap(c -> CorporateLoginFormAuthenticator.find(directory, c.getCorporateId(), login.value()));
        } catch (RuntimeException e) {
            CorporateLoginFormAuthenticator.directoryUnavailable(context, event, page, "an admin recovery request", e);
            return;
        }
        if (corporation.isPresent() && !IpAccessCheck.allow(context, directory, corporation.get())) {
            return;
        }
        UserModel user = entry.map(u -> Invitations.keycloakUser(context.getSession(), context.getRealm(), u)).orElse(null);
        String refused = user == null ? (corporation.isEmpty() ? LoginEvents.CORPORATION_NOT_FOUND : Errors.USER_NOT_FOUND)
                : entry.get().getRole() != CorporateUser.Role.ADMIN ? "not_an_admin"
                : entry.get().getEmail() == null ? "no_email"
                : !entry.get().getCorporation().isActive() ? LoginEvents.CORPORATION_SUSPENDED
                : entry.get().isLoginSuspended() ? LoginEvents.USER_LOGIN_SUSPENDED
                : !user.isEnabled() ? Errors.USER_DISABLED : null;
        if (refused != null) {
            if (user != null) {
                event.user(user);
            }
            event.error(refused);
        } else {
            event.user(user).detail(Details.EMAIL, entry.get().getEmail());
            try {
                sendRecoveryMail(context, entry.get(), user);
                event.success();
            } catch (EmailException e) {
                LOG.warnf("Admin recovery mail not sent: %s", e.toString());
                event.error(Errors.EMAIL_SEND_FAILED);
            }
        }
        LoginPage sent = page(MODE_RESET);
        sent.extra.put("step", "sent");
        answer.pad(context.getRealm());
        context.forceChallenge(sent.render(context.form()));
    }

    private static void sendRecoveryMail(AuthenticationFlowContext context, CorporateUser entry, UserModel user)
            throws EmailException {
        String clientId = context.getAuthenticationSession().getClient().getClientId();
        int lifespan = AdminRecoveryActionToken.lifespanSeconds(context.getRealm());
        String token = new AdminRecoveryActionToken(user.getId(), Time.currentTime() + lifespan, clientId)
                .serialize(context.getSession(), context.getRealm(), context.getUriInfo());
        String link = LoginActionsService.actionTokenProcessor(context.getUriInfo()).queryParam("key", token)
                .queryParam("client_id", clientId).build(context.getRealm().getName()).toString();
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("link", link);
        attributes.put("corporateId", entry.getCorporation().getCorporateId());
        attributes.put("corporationName", entry.getCorporation().getName());
        attributes.put("userId", entry.getUserId());
        attributes.put("hours", lifespan / 3600);
        context.getSession().getProvider(EmailTemplateProvider.class).setRealm(context.getRealm()).setUser(user)
                .send(RECOVERY_MAIL_SUBJECT, java.util.List.of(entry.getCorporation().getName()), RECOVERY_MAIL_TEMPLATE,
                        attributes);
    }

    /**
     * Step 2, on the page the mail's link opened: 法人番号 + 振込口座番号 of the admin's own corporation. A right pair
     * leads to Keycloak's update-password page and tells the other admins.
     */
    private static void proof(AuthenticationFlowContext context, MultivaluedMap<String, String> form) {
        String adminId = recoveringAdmin(context);
        UserModel user = adminId == null ? null : context.getSession().users().getUserById(context.getRealm(), adminId);
        EventBuilder event = context.newEvent().event(EventType.RESET_PASSWORD).detail("verification", "admin_proof");
        if (user == null) {
            event.error(Errors.USER_NOT_FOUND);
            CorporateLoginFormAuthenticator.showLogin(context);
            return;
        }
        LoginPage page = proofPage(user);
        event.user(user).detail(Details.USERNAME, user.getUsername()).detail(LoginEvents.DETAIL_CORPORATE_ID, page.corporateId);
        InputNormalizer.Result number = InputNormalizer.corporateNumber(form.getFirst("corporateNumber"));
        InputNormalizer.Result account = InputNormalizer.bankAccount(form.getFirst("bankAccount"));
        if (CorporateLoginFormAuthenticator.refuseInput(context, page, "corporateNumber", number)
                | CorporateLoginFormAuthenticator.refuseInput(context, page, "bankAccount", account)) {
            event.error(LoginEvents.INVALID_INPUT);
            context.forceChallenge(page.render(context.form()));
            return;
        }
        CorporateDirectory directory = context.getSession().getProvider(CorporateDirectory.class);
        CorporateUser admin = directory.findUserById(StorageId.externalId(user.getId()))
                .filter(u -> u.getRole() == CorporateUser.Role.ADMIN && !u.isLoginSuspended() && u.getCorporation().isActive())
                .orElse(null);
        if (admin == null) {
            event.error("admin_recovery_not_allowed");
            context.forceChallenge(page.error(PROOF_FAILED).render(context.form()));
            return;
        }
        Optional<AddressLock.Reservation> slot = AddressLock.reserve(context.getSession(), context.getRealm(), user);
        if (slot.isEmpty()) {
            event.detail(AddressLock.DETAIL_SCOPE, AddressLock.SCOPE_ADDRESS).error(EVENT_LOCKED);
            context.forceChallenge(page.error(LOCKED).render(context.form()));
            return;
        }
        Corporation corporation = admin.getCorporation();
        boolean numberMatches = number.value().equals(corporation.getCorporateNumber());
        boolean accountMatches = directory.verifyBankAccount(corporation, account.value());
        if (!numberMatches || !accountMatches) {
            event.error(EVENT_FAILED);
            context.forceChallenge(page.error(PROOF_FAILED).render(context.form()));
            return;
        }
        AddressLock.succeeded(context.getSession(), slot.get());
        context.getAuthenticationSession().removeAuthNote(AdminRecoveryActionTokenHandler.ADMIN_NOTE);
        event.success();
        notifyAdmins(context, directory, corporation, admin, "adminReset");
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
            // Two numbers that anyone may have seen (法人番号 is public, 振込口座番号 is on every invoice) prove too little
            // for admin rights: the account starts as a member, marked as asking for them, and an existing admin or an
            // operator grants them (Users → user → 権限: admin); the existing admins are mailed at once.
            user.setSingleAttribute(DirectoryAttributes.CORPORATE_ROLE, "user");
            user.setSingleAttribute(ADMIN_REQUESTED_ATTRIBUTE, PortalTime.format(Instant.now()));
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
            notifyAdmins(context, directory, corporation, entry, "addAdminRequested");
            page.extra.put("step", "done");
            page.extra.put("temporaryPassword", issued.temporaryPassword());
            context.forceChallenge(page.render(context.form()));
        }
    }
}
