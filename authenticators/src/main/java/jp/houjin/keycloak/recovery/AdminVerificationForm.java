package jp.houjin.keycloak.recovery;

import jp.houjin.keycloak.common.SignInSteps;
import jp.houjin.keycloak.common.LoginEvents;
import jp.houjin.keycloak.common.SignInRefusal;
import jp.houjin.keycloak.common.ClientAddress;
import java.util.Optional;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jp.houjin.keycloak.directory.CorporateDirectory;
import jp.houjin.keycloak.directory.model.Corporation;
import jp.houjin.keycloak.directory.model.CorporateUser;
import jp.houjin.keycloak.directory.storage.DirectoryAttributes;
import jp.houjin.keycloak.directory.text.InputNormalizer;
import jp.houjin.keycloak.ipaccess.IpAccessCheck;
import jp.houjin.keycloak.lockout.AddressLock;
import jp.houjin.keycloak.lockout.VerificationLimit;
import jp.houjin.keycloak.recovery.AdminNotices;
import jp.houjin.keycloak.recovery.AdminRequests;
import jp.houjin.keycloak.common.LoginPage;
import jp.houjin.keycloak.recovery.AdminRecoveryActionToken;
import jp.houjin.keycloak.recovery.AdminRecoveryActionTokenHandler;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.email.EmailException;
import org.keycloak.events.Details;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.Errors;
import org.keycloak.events.EventType;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;
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
 * that asks for admin rights ({@link AdminRequests}: its own mail link sets its password, the existing admins are
 * mailed at once with approve / cancel links, the rights come after approval or the realm's waiting period).
 * Attempts are limited per client network and per 法人ID ({@link VerificationLimit}), taken before anything is
 * checked.</li>
 * </ul>
 * Every attempt is an event.
 */
public final class AdminVerificationForm {

    static final String TEMPLATE = "houjin-admin-verify.ftl";
    public static final String MODE_RESET = "adminReset";
    public static final String MODE_ADD = "addAdmin";
    static final String MODE_ADD_EDIT = "addAdminEdit";
    static final String MODE_ADD_REGISTER = "addAdminRegister";
    private static final String ENTERED_PREFIX = "houjin.addAdmin.";
    private static final String[] NEW_ADMIN_FIELDS = {"newUserId", "lastName", "firstName", "newEmail"};
    static final String MODE_PROOF = "adminProof";


    private static final Logger LOG = Logger.getLogger(AdminVerificationForm.class);

    private AdminVerificationForm() {
    }

    public static void show(AuthenticationFlowContext context, String mode) {
        context.challenge(page(mode).render(context.form()));
    }

    private static LoginPage page(String mode) {
        LoginPage page = new LoginPage(LoginPage.TAB_CORPORATE);
        page.template = TEMPLATE;
        page.extra.put("mode", mode);
        page.extra.put("step", "input");
        for (String field : NEW_ADMIN_FIELDS) {
            page.extra.put(field, "");
        }
        return page;
    }

    public static void action(AuthenticationFlowContext context, MultivaluedMap<String, String> form, String mode) {
        if (MODE_PROOF.equals(mode)) {
            proof(context, form);
            return;
        }
        if (MODE_ADD.equals(mode)) {
            confirmAddition(context, form);
            return;
        }
        if (MODE_ADD_EDIT.equals(mode) || MODE_ADD_REGISTER.equals(mode)) {
            MultivaluedMap<String, String> entered = takeEntered(context);
            if (entered == null) {
                show(context, MODE_ADD);
            } else if (MODE_ADD_EDIT.equals(mode)) {
                LoginPage page = page(MODE_ADD);
                page.corporateId = entered.getFirst("corporateId");
                NewAdmin.read(entered, page);
                context.challenge(page.render(context.form()));
            } else {
                addAdmin(context, entered);
            }
            return;
        }
        requestRecovery(context, form);
    }

    /**
     * Seed 002 ④ → ⑤: what was entered, checked for form only, is shown for confirmation before 【登録】; it waits in
     * the authentication session (the numbers never go back to the browser), and nothing is verified or counted yet.
     */
    private static void confirmAddition(AuthenticationFlowContext context, MultivaluedMap<String, String> form) {
        LoginPage page = page(MODE_ADD);
        Addition addition = Addition.read(context, page, form, addAdminEvent(context));
        if (addition == null) {
            return;
        }
        AuthenticationSessionModel session = context.getAuthenticationSession();
        session.setAuthNote(ENTERED_PREFIX + "corporateId", addition.corporateId().value());
        session.setAuthNote(ENTERED_PREFIX + "corporateNumber", addition.number().value());
        session.setAuthNote(ENTERED_PREFIX + "bankAccount", addition.account().value());
        for (String field : NEW_ADMIN_FIELDS) {
            session.setAuthNote(ENTERED_PREFIX + field, (String) page.extra.get(field));
        }
        page.extra.put("step", "confirm");
        page.extra.put("corporateNumber", addition.number().value());
        context.challenge(page.render(context.form()));
    }

    private static EventBuilder addAdminEvent(AuthenticationFlowContext context) {
        return context.newEvent().event(EventType.REGISTER).detail("verification", "add_admin");
    }

    /** The 管理者追加 form's entries, checked for form; null when refused (the page has answered). */
    private record Addition(InputNormalizer.Result corporateId, InputNormalizer.Result number,
            InputNormalizer.Result account, NewAdmin newAdmin) {

        static Addition read(AuthenticationFlowContext context, LoginPage page, MultivaluedMap<String, String> form,
                EventBuilder event) {
            InputNormalizer.Result corporateId = InputNormalizer.corporateId(form.getFirst("corporateId"));
            InputNormalizer.Result number = InputNormalizer.corporateNumber(form.getFirst("corporateNumber"));
            InputNormalizer.Result account = InputNormalizer.bankAccount(form.getFirst("bankAccount"));
            page.corporateId = corporateId.value();
            boolean refused = SignInSteps.refuseInput(context, page, "corporateId", corporateId)
                    | SignInSteps.refuseInput(context, page, "corporateNumber", number)
                    | SignInSteps.refuseInput(context, page, "bankAccount", account);
            NewAdmin newAdmin = NewAdmin.read(form, page);
            refused |= newAdmin.refuse(context, page);
            if (refused) {
                SignInSteps.refuse(context, event, page, SignInRefusal.INVALID_INPUT);
                return null;
            }
            return new Addition(corporateId, number, account, newAdmin);
        }
    }

    /** What {@link #confirmAddition} kept, taken out of the session (null when nothing waits). */
    private static MultivaluedMap<String, String> takeEntered(AuthenticationFlowContext context) {
        AuthenticationSessionModel session = context.getAuthenticationSession();
        if (session.getAuthNote(ENTERED_PREFIX + "corporateId") == null) {
            return null;
        }
        MultivaluedMap<String, String> entered = new MultivaluedHashMap<>();
        for (String field : java.util.stream.Stream.concat(java.util.stream.Stream.of("corporateId", "corporateNumber",
                "bankAccount"), java.util.Arrays.stream(NEW_ADMIN_FIELDS)).toList()) {
            String value = session.getAuthNote(ENTERED_PREFIX + field);
            entered.putSingle(field, value == null ? "" : value);
            session.removeAuthNote(ENTERED_PREFIX + field);
        }
        return entered;
    }

    /** 【登録】: the proof and the registration, on what was confirmed. */
    private static void addAdmin(AuthenticationFlowContext context, MultivaluedMap<String, String> form) {
        LoginPage page = page(MODE_ADD);
        EventBuilder event = addAdminEvent(context);
        Addition addition = Addition.read(context, page, form, event);
        if (addition == null) {
            return;
        }
        InputNormalizer.Result corporateId = addition.corporateId();
        InputNormalizer.Result number = addition.number();
        InputNormalizer.Result account = addition.account();
        NewAdmin newAdmin = addition.newAdmin();
        event.detail(LoginEvents.DETAIL_CORPORATE_ID, corporateId.value());
        CorporateDirectory directory = context.getSession().getProvider(CorporateDirectory.class);
        Optional<Corporation> corporation;
        try {
            corporation = directory.findCorporation(corporateId.value());
        } catch (RuntimeException e) {
            SignInSteps.directoryUnavailable(context, event, page, "a verification", e);
            return;
        }
        if (corporation.isPresent() && !IpAccessCheck.allow(context, directory, corporation.get())) {
            return;
        }
        String address = ClientAddress.key(context.getSession());
        Optional<String> exhausted = VerificationLimit.exhausted(context.getSession(), context.getRealm(),
                corporateId.value());
        if (exhausted.isPresent()) {
            event.detail(IpAccessCheck.DETAIL_CLIENT_ADDRESS, address).detail(AddressLock.DETAIL_SCOPE, exhausted.get());
            SignInSteps.refuse(context, event, page, SignInRefusal.VERIFICATION_LOCKED);
            return;
        }
        boolean numbersMatch = corporation.isPresent() && number.value().equals(corporation.get().getCorporateNumber());
        boolean accountMatches = corporation.map(c -> directory.verifyBankAccount(c, account.value())).orElseGet(() -> {
            directory.verifyDummyVerifier(account.value());
            return false;
        });
        boolean verified = numbersMatch && accountMatches && corporation.get().isActive();
        if (!verified) {
            event.detail(IpAccessCheck.DETAIL_CLIENT_ADDRESS, address);
            SignInSteps.refuse(context, event, page, SignInRefusal.VERIFICATION_FAILED);
            return;
        }
        newAdmin.register(context, directory, corporation.get(), page, event);
    }

    /** The admin whose recovery mail link opened this authentication session, if any. */
    public static String recoveringAdmin(AuthenticationFlowContext context) {
        return context.getAuthenticationSession().getAuthNote(AdminRecoveryActionTokenHandler.ADMIN_NOTE);
    }

    public static void showProof(AuthenticationFlowContext context) {
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
        RecoveryMailRequest.handle(context, form,
                context.newEvent().event(EventType.SEND_RESET_PASSWORD).detail("verification", "admin_reset"),
                page(MODE_RESET), () -> {
                    LoginPage sent = page(MODE_RESET);
                    sent.extra.put("step", "sent");
                    return sent;
                }, entry -> entry.getRole() != CorporateUser.Role.ADMIN ? "not_an_admin" : null,
                (entry, user) -> AdminRecoveryActionToken.mailRecovery(context.getSession(), context.getRealm(),
                        context.getAuthenticationSession().getClient().getClientId(), entry, user),
                "an admin recovery request");
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
            SignInSteps.showLogin(context);
            return;
        }
        LoginPage page = proofPage(user);
        event.user(user).detail(Details.USERNAME, user.getUsername()).detail(LoginEvents.DETAIL_CORPORATE_ID, page.corporateId);
        InputNormalizer.Result number = InputNormalizer.corporateNumber(form.getFirst("corporateNumber"));
        InputNormalizer.Result account = InputNormalizer.bankAccount(form.getFirst("bankAccount"));
        if (SignInSteps.refuseInput(context, page, "corporateNumber", number)
                | SignInSteps.refuseInput(context, page, "bankAccount", account)) {
            SignInSteps.refuse(context, event, page, SignInRefusal.INVALID_INPUT);
            return;
        }
        CorporateDirectory directory = context.getSession().getProvider(CorporateDirectory.class);
        CorporateUser admin = directory.findUserById(StorageId.externalId(user.getId()))
                .filter(u -> u.getRole() == CorporateUser.Role.ADMIN && u.maySignIn())
                .orElse(null);
        if (admin == null) {
            SignInSteps.refuse(context, event, page, SignInRefusal.ADMIN_PROOF_NOT_ALLOWED);
            return;
        }
        Optional<AddressLock.Reservation> slot = AddressLock.reserve(context.getSession(), context.getRealm(), user);
        if (slot.isEmpty()) {
            event.detail(AddressLock.DETAIL_SCOPE, AddressLock.SCOPE_ADDRESS);
            SignInSteps.refuse(context, event, page, SignInRefusal.VERIFICATION_LOCKED);
            return;
        }
        Corporation corporation = admin.getCorporation();
        boolean numberMatches = number.value().equals(corporation.getCorporateNumber());
        boolean accountMatches = directory.verifyBankAccount(corporation, account.value());
        if (!numberMatches || !accountMatches) {
            SignInSteps.refuse(context, event, page, SignInRefusal.ADMIN_PROOF_FAILED);
            return;
        }
        AddressLock.succeeded(context.getSession(), slot.get());
        context.getAuthenticationSession().removeAuthNote(AdminRecoveryActionTokenHandler.ADMIN_NOTE);
        event.success();
        AdminNotices.send(context.getSession(), context.getRealm(), corporation, admin, "adminReset");
        context.getAuthenticationSession().addRequiredAction(UserModel.RequiredAction.UPDATE_PASSWORD);
        context.setUser(user);
        context.success();
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
            return SignInSteps.refuseInput(context, page, "newUserId", userId)
                    | SignInSteps.refuseInput(context, page, "lastName", lastName)
                    | SignInSteps.refuseInput(context, page, "firstName", firstName)
                    | SignInSteps.refuseInput(context, page, "newEmail", email);
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
            CorporateUser entry = directory.findUser(corporation.getCorporateId(), userId.value()).orElseThrow();
            try {
                AdminRequests.register(context.getSession(), context.getRealm(),
                        context.getAuthenticationSession().getClient().getClientId(), entry, user);
            } catch (EmailException e) {
                LOG.warnf("Additional admin not registered, mail failed: %s", e.toString());
                context.getSession().getTransactionManager().setRollbackOnly();
                SignInSteps.refuse(context, event, page, SignInRefusal.MAIL_NOT_SENT);
                return;
            }
            event.user(user).detail(Details.USERNAME, user.getUsername()).detail(Details.EMAIL, email.value()).success();
            page.extra.put("step", "done");
            page.extra.put("newEmail", email.value());
            context.forceChallenge(page.render(context.form()));
        }
    }
}
