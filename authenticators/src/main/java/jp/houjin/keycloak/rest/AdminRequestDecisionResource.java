package jp.houjin.keycloak.rest;

import jp.houjin.keycloak.common.RealmPaths;
import jp.houjin.keycloak.recovery.AdminRequestDecisionToken;
import jp.houjin.keycloak.recovery.AdminRequests;
import jp.houjin.keycloak.recovery.AdminNotices;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.houjin.keycloak.common.PortalTime;
import jp.houjin.keycloak.directory.CorporateDirectory;
import jp.houjin.keycloak.directory.model.CorporateUser;
import jp.houjin.keycloak.directory.storage.DirectoryAccounts;
import jp.houjin.keycloak.ipaccess.IpAccessCheck;
import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
import org.keycloak.storage.StorageId;

/**
 * {@code /realms/{realm}/houjin/admin-request}: an existing admin's links in the mail about a request for admin
 * rights. GET shows who asked and when, and one button (a mail scanner that follows links decides nothing); POST
 * approves (the rights come at the requester's next sign-in once their own link is confirmed) or cancels (the
 * requesting account is deleted). The link works once, only for an admin who is still an admin of that
 * corporation, only while that very request waits, and only from inside the corporation's IP allow-list. Each
 * outcome is an {@code EXECUTE_ACTION_TOKEN} event with the decision and the deciding admin.
 */
public final class AdminRequestDecisionResource extends MailedLinkPage<AdminRequestDecisionResource.Checked> {

    public static final String PATH = RealmPaths.ADMIN_REQUEST;
    static final String INVALID = "houjinAdminRequestLinkInvalid";
    static final String DECIDED = "houjinAdminRequestDecided";

    private static final Logger LOG = Logger.getLogger(AdminRequestDecisionResource.class);

    public AdminRequestDecisionResource(KeycloakSession session) {
        super(session, PATH, "houjin-admin-request.ftl");
    }

    @Override
    protected Map<String, Object> confirmModel(Checked checked) {
        return model("confirm", checked);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@FormParam("key") String key) {
        EventBuilder event = event();
        Checked checked = check(key);
        if (!checked.failed() && !session.singleUseObjects().putIfAbsent(
                AdminRequestDecisionToken.TOKEN_TYPE + "." + checked.token.getId(),
                Math.max(60, checked.token.getExp() - Time.currentTime()))) {
            checked.fail("admin_request_link_used", DECIDED);
        }
        if (checked.failed()) {
            return checked.refuse(event);
        }
        String decision = checked.token.getDecision();
        event.user(checked.requester).detail(Details.USERNAME, checked.requester.getUsername())
                .detail("decision", decision).detail("decided_by", checked.decider.getUsername());
        Map<String, Object> model = model("done", checked);
        if (AdminRequestDecisionToken.CANCEL.equals(decision)) {
            AdminNotices.send(session, realm, checked.requesterEntry.getCorporation(), checked.requesterEntry,
                    AdminRequests.KIND_CANCELLED);
            session.users().removeUser(realm, checked.requester);
        } else {
            checked.requester.setSingleAttribute(AdminRequests.APPROVED_ATTRIBUTE, checked.deciderEntry.getUserId());
            model.put("granted", AdminRequests.settle(session, realm, checked.requester));
        }
        event.success();
        return render(model, null);
    }

    @Override
    protected EventBuilder event() {
        return event(EventType.EXECUTE_ACTION_TOKEN, AdminRequestDecisionToken.TOKEN_TYPE);
    }

    private Map<String, Object> model(String step, Checked checked) {
        Map<String, Object> model = model(step);
        if (checked != null && checked.requesterEntry != null) {
            CorporateUser r = checked.requesterEntry;
            model.put("decision", checked.token.getDecision());
            model.put("corporationName", r.getCorporation().getName());
            model.put("userId", r.getUserId());
            model.put("name", ((r.getFamilyName() == null ? "" : r.getFamilyName()) + " "
                    + (r.getGivenName() == null ? "" : r.getGivenName())).strip());
            model.put("email", r.getEmail() == null ? "" : r.getEmail());
            model.put("requestedAt", PortalTime.parseStamp(checked.token.getRequestedAt()).map(PortalTime::format)
                    .orElse(""));
            model.put("waitingHours", AdminRequests.waitingHours(realm));
        }
        return model;
    }

    /** The token, the two accounts it names and their directory entries, or why the link does not work. */
    @Override
    protected Checked check(String key) {
        Checked c = new Checked();
        AdminRequestDecisionToken token = decode(key, AdminRequestDecisionToken.class,
                AdminRequestDecisionToken.TOKEN_TYPE);
        if (token == null || token.getSubject() == null
                || token.getDecider() == null || token.getRequestedAt() == null
                || !(AdminRequestDecisionToken.APPROVE.equals(token.getDecision())
                        || AdminRequestDecisionToken.CANCEL.equals(token.getDecision()))) {
            return c.fail(Errors.INVALID_TOKEN, INVALID);
        }
        if (token.getExp() == null || token.getExp() < Time.currentTime()) {
            return c.fail(Errors.EXPIRED_CODE, INVALID);
        }
        c.token = token;
        try {
            c.requester = session.users().getUserById(realm, token.getSubject());
            c.decider = session.users().getUserById(realm, token.getDecider());
            c.requesterEntry = entry(c.requester).orElse(null);
            c.deciderEntry = entry(c.decider).orElse(null);
        } catch (RuntimeException e) {
            LOG.warnf("Corporate directory unavailable for an admin request decision: %s", e.toString());
            return c.fail("directory_unavailable", "houjinDirectoryUnavailable");
        }
        if (c.requesterEntry == null || !token.getRequestedAt().equals(
                c.requester.getFirstAttribute(AdminRequests.REQUESTED_ATTRIBUTE))) {
            // Cancelled, granted already, or a later request of the same account: this link decided nothing of it.
            c.requesterEntry = null;
            return c.fail("admin_request_not_pending", DECIDED);
        }
        // The decider must still be an admin of that corporation who may sign in (not login-suspended, corporation
        // active, Keycloak account enabled): a link outlives nothing its owner has lost.
        if (c.deciderEntry == null || c.deciderEntry.getRole() != CorporateUser.Role.ADMIN || !c.decider.isEnabled()
                || !c.deciderEntry.getCorporation().getId().equals(c.requesterEntry.getCorporation().getId())) {
            return c.fail("admin_request_not_allowed", INVALID);
        }
        if (AdminRequestDecisionToken.APPROVE.equals(token.getDecision())
                && c.requester.getFirstAttribute(AdminRequests.APPROVED_ATTRIBUTE) != null) {
            return c.fail("admin_request_link_used", DECIDED);
        }
        if (!IpAccessCheck.allows(session, session.getProvider(CorporateDirectory.class),
                c.requesterEntry.getCorporation())) {
            return c.fail(IpAccessCheck.EVENT_ERROR, "houjinIpDeniedText");
        }
        return c;
    }

    private Optional<CorporateUser> entry(UserModel user) {
        if (user == null || !DirectoryAccounts.isCorporate(realm, user)) {
            return Optional.empty();
        }
        return session.getProvider(CorporateDirectory.class).findUserById(StorageId.externalId(user.getId()));
    }

    final class Checked extends LinkCheck<Checked> {
        AdminRequestDecisionToken token;
        UserModel requester;
        UserModel decider;
        CorporateUser requesterEntry;
        CorporateUser deciderEntry;

        @Override
        Response refuse(EventBuilder event) {
            if (requester != null) {
                event.user(requester);
            }
            return AdminRequestDecisionResource.this.refuse(event, this);
        }
    }
}
