package jp.houjin.keycloak.recovery;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jp.houjin.keycloak.common.PortalTime;
import jp.houjin.keycloak.common.RateSlots;
import jp.houjin.keycloak.directory.CorporateDirectory;
import jp.houjin.keycloak.directory.model.CorporateUser;
import jp.houjin.keycloak.directory.storage.CorporateRoleChanged;
import jp.houjin.keycloak.directory.storage.DirectoryAccounts;
import jp.houjin.keycloak.directory.storage.DirectoryAttributes;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.email.EmailException;
import org.keycloak.events.Details;
import org.keycloak.events.EventBuilder;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.storage.StorageId;

/**
 * A request for admin rights made with 法人番号 + 振込口座番号 (seed 002, 「前任者の異動などによりログインできない場合」).
 * Two numbers that others may have seen (法人番号 is public, 振込口座番号 is on every invoice) prove too little for
 * admin rights, so:
 * <ol>
 * <li>the account is created as a member marked {@value #REQUESTED_ATTRIBUTE}; nothing is shown on screen as a
 * password; its address gets a link (24 h) that proves the address and leads to setting the password
 * ({@link #confirm});</li>
 * <li>every existing admin is mailed at once, with links to approve now or to cancel the request (cancelling
 * deletes the account) — the {@code admin-request} page of the rest package;</li>
 * <li>the account becomes an admin once confirmed and either approved (by an admin's link, or by an operator who
 * sets 権限 to admin in the console) or past the realm's waiting period ({@value #WAITING_HOURS_ATTRIBUTE}, default
 * {@value #DEFAULT_WAITING_HOURS} h); the rights are granted at its next sign-in ({@link #settle}).</li>
 * </ol>
 * Every change of a directory user's role, whatever made it, is mailed to the corporation's other admins
 * ({@link #roleChanged}).
 */
public final class AdminRequests {

    /** User attributes (Keycloak's federated storage; shown to operators by the realm's user profile). */
    public static final String REQUESTED_ATTRIBUTE = "houjinAdminRequestedAt";
    public static final String CONFIRMED_ATTRIBUTE = "houjinAdminConfirmedAt";
    public static final String APPROVED_ATTRIBUTE = "houjinAdminApprovedBy";
    /** Realm attribute: hours between a request and the rights, unless an admin approves earlier. */
    public static final String WAITING_HOURS_ATTRIBUTE = "houjinAdminWaitingHours";
    static final int DEFAULT_WAITING_HOURS = 72;

    /** Auth note: the account whose own request link opened this authentication session. */
    public static final String REQUEST_NOTE = "houjin.admin-request.user";

    static final String MAIL_TEMPLATE = "houjin-admin-request.ftl";
    static final String MAIL_SUBJECT = "houjinAdminRequestSubject";
    static final String KIND_REQUESTED = "addAdminRequested";
    public static final String KIND_CANCELLED = "addAdminCancelled";
    static final String KIND_GRANTED = "adminGranted";
    static final String KIND_REVOKED = "adminRevoked";
    static final String EVENT_NOT_PENDING = "admin_request_not_pending";

    private AdminRequests() {
    }

    public static int waitingHours(RealmModel realm) {
        return RateSlots.setting(realm, WAITING_HOURS_ATTRIBUTE, DEFAULT_WAITING_HOURS);
    }

    /**
     * Marks a new member account as asking for admin rights, mails it its link and mails the existing admins their
     * decision links. Runs in the caller's transaction: when the account's own mail cannot be sent the caller rolls
     * back and nothing is left.
     */
    public static void register(KeycloakSession session, RealmModel realm, String clientId, CorporateUser entry,
            UserModel user) throws EmailException {
        String requestedAt = PortalTime.stamp(Instant.now());
        user.setSingleAttribute(REQUESTED_ATTRIBUTE, requestedAt);
        AdminRecoveryActionToken.mail(session, realm, clientId, entry, user, AdminRecoveryActionToken.PURPOSE_REQUEST,
                MAIL_SUBJECT, MAIL_TEMPLATE, Map.of("waitingHours", waitingHours(realm)));
        String requesterId = user.getId();
        AdminNotices.send(session, realm, entry.getCorporation(), entry, KIND_REQUESTED, (s, r, recipient) -> Map.of(
                "waitingHours", waitingHours(r),
                "approveLink", AdminRequestDecisionToken.link(s, r, recipient.getId(), requesterId, requestedAt,
                        AdminRequestDecisionToken.APPROVE),
                "cancelLink", AdminRequestDecisionToken.link(s, r, recipient.getId(), requesterId, requestedAt,
                        AdminRequestDecisionToken.CANCEL)));
    }

    /** The directory entry of an account whose request waits for its own link, or null. */
    static CorporateUser unconfirmed(KeycloakSession session, UserModel user) {
        if (user == null || user.getFirstAttribute(REQUESTED_ATTRIBUTE) == null
                || user.getFirstAttribute(CONFIRMED_ATTRIBUTE) != null
                || !DirectoryAccounts.isCorporate(session.getContext().getRealm(), user)) {
            return null;
        }
        return session.getProvider(CorporateDirectory.class).findUserById(StorageId.externalId(user.getId()))
                .filter(CorporateUser::maySignIn).orElse(null);
    }

    /**
     * The account's own link opened the sign-in: its address is proven. It sets its password on Keycloak's
     * update-password page (the realm's policy) and is signed in as a member; false when the request is no longer
     * waiting (cancelled, confirmed already, account suspended).
     */
    public static boolean confirm(AuthenticationFlowContext context) {
        String id = context.getAuthenticationSession().getAuthNote(REQUEST_NOTE);
        context.getAuthenticationSession().removeAuthNote(REQUEST_NOTE);
        UserModel user = id == null ? null : context.getSession().users().getUserById(context.getRealm(), id);
        CorporateUser entry = unconfirmed(context.getSession(), user);
        EventBuilder event = context.getEvent().detail("verification", "admin_request");
        if (entry == null) {
            event.error(EVENT_NOT_PENDING);
            return false;
        }
        user.setSingleAttribute(CONFIRMED_ATTRIBUTE, PortalTime.stamp(Instant.now()));
        event.detail(Details.USERNAME, user.getUsername()).detail(Details.EMAIL, entry.getEmail());
        context.getAuthenticationSession().addRequiredAction(UserModel.RequiredAction.UPDATE_PASSWORD);
        settle(context.getSession(), context.getRealm(), user);
        context.setUser(user);
        context.success();
        return true;
    }

    /**
     * Grants the rights of a confirmed request that an admin approved or that has waited long enough; called when
     * the account signs in. True when the account became an admin now.
     */
    public static boolean settle(KeycloakSession session, RealmModel realm, UserModel user) {
        String requested = user.getFirstAttribute(REQUESTED_ATTRIBUTE);
        if (requested == null || user.getFirstAttribute(CONFIRMED_ATTRIBUTE) == null) {
            return false;
        }
        boolean approved = user.getFirstAttribute(APPROVED_ATTRIBUTE) != null;
        boolean waited = PortalTime.parseStamp(requested)
                .map(at -> !at.plus(Duration.ofHours(waitingHours(realm))).isAfter(Instant.now())).orElse(false);
        if (!approved && !waited) {
            return false;
        }
        user.removeAttribute(REQUESTED_ATTRIBUTE);
        user.removeAttribute(CONFIRMED_ATTRIBUTE);
        user.removeAttribute(APPROVED_ATTRIBUTE);
        // Publishes CorporateRoleChanged: the other admins are told (roleChanged).
        user.setSingleAttribute(DirectoryAttributes.CORPORATE_ROLE, "admin");
        return true;
    }

    /** Every change of admin rights is mailed to the corporation's other admins. */
    static void roleChanged(CorporateRoleChanged change) {
        AdminNotices.send(change.session(), change.realm(), change.entry().getCorporation(), change.entry(),
                change.granted() ? KIND_GRANTED : KIND_REVOKED);
    }
}
