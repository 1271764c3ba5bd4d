package jp.houjin.keycloak.staff;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.houjin.keycloak.common.ProfileFields;
import jp.houjin.keycloak.common.UserSessions;
import jp.houjin.keycloak.directory.CorporateDirectory;
import jp.houjin.keycloak.directory.ListTotal;
import jp.houjin.keycloak.directory.StaffFilter;
import jp.houjin.keycloak.directory.model.CorporateGroup;
import jp.houjin.keycloak.directory.model.CorporateUser;
import jp.houjin.keycloak.directory.model.Invitation;
import jp.houjin.keycloak.directory.storage.DirectoryAttributes;
import jp.houjin.keycloak.directory.text.InputNormalizer;
import jp.houjin.keycloak.invitation.Invitations;
import jp.houjin.keycloak.lockout.AccountUnlock;
import org.jboss.logging.Logger;
import org.keycloak.email.EmailException;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserManager;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.AdminAuth;
import org.keycloak.services.resources.admin.AdminEventBuilder;

/**
 * スタッフ管理 (seeds 000–002): what a corporate admin does to the users of their scope, written once for the console
 * pages and the corporate API. Users are named by user ID; one outside the scope is answered as not found. Writes go
 * through the Keycloak user (the directory's adapter), so they land in Keycloak's transaction and a role change is
 * published ({@code CorporateRoleChanged}: the other admins are mailed). Every write is an admin event (resource type
 * {@value #RESOURCE_TYPE}, detail {@value #DETAIL_ACTION}) with the acting admin as its auth user; no password is ever
 * put into an event. Refusals are {@link StaffRefusal}s, thrown before anything changed (or with the transaction set
 * to roll back, when the invitation mail fails).
 */
public final class StaffService {

    public static final String RESOURCE_TYPE = "HOUJIN_CORPORATE_ACCOUNT";
    public static final String DETAIL_ACTION = "houjin_action";
    /** Largest page of the list. */
    public static final int MAX_PAGE = 100;
    public static final int DEFAULT_PAGE = 20;

    private static final Logger LOG = Logger.getLogger(StaffService.class);

    private final KeycloakSession session;
    private final RealmModel realm;
    private final CorporateDirectory directory;
    private final StaffScope scope;
    private final AdminAuth auth;

    /** {@code auth} names the acting admin (user, token, client) for the admin events. */
    public StaffService(KeycloakSession session, StaffScope scope, AdminAuth auth) {
        this.session = session;
        this.realm = session.getContext().getRealm();
        this.directory = session.getProvider(CorporateDirectory.class);
        this.scope = scope;
        this.auth = auth;
    }

    public StaffScope scope() {
        return scope;
    }

    /** One page of the users in scope that match the filter, ordered by user ID, searched and paged in the database. */
    public StaffList list(StaffFilter filter, int first, int max) {
        return list(filter, null, first, max);
    }

    /**
     * As {@link #list(StaffFilter, int, int)}, only users of the group {@code groupId} and its sub-groups (blank: all);
     * a group outside the scope is not found.
     */
    public StaffList list(StaffFilter filter, String groupId, int first, int max) {
        StaffFilter base = filter == null ? StaffFilter.ALL : filter;
        if (groupId != null && !groupId.isBlank()) {
            base = new StaffFilter(base.text(), base.status(), base.role(), groups().group(groupId));
        }
        StaffFilter narrowed = scope.narrow(base);
        int from = Math.max(first, 0);
        int size = max <= 0 ? DEFAULT_PAGE : Math.min(max, MAX_PAGE);
        List<StaffMember> page = directory.staff(scope.corporation(), narrowed, from, size).stream()
                .map(StaffMember::of).toList();
        long total = ListTotal.of(from, size, page.size(), () -> directory.countStaff(scope.corporation(), narrowed));
        return new StaffList(page, total, from, size);
    }

    public StaffMember detail(String userId) {
        return StaffMember.of(target(userId).entry());
    }

    /**
     * ログイン停止 (true) or ログイン可 (false). At 停止 the user's sessions end at once and tokens issued before stop
     * working; the last active corporate admin cannot be suspended, nor can the admins suspend themselves.
     */
    public StaffMember setLoginSuspended(String userId, boolean suspended) {
        Target target = writable(userId);
        if (suspended) {
            refuseSelf(target);
            guardLastAdmin(target);
        }
        target.user().setSingleAttribute(DirectoryAttributes.LOGIN_STATUS,
                suspended ? StaffMember.STATUS_SUSPENDED : StaffMember.STATUS_ACTIVE);
        if (suspended) {
            endSessions(target.user());
        }
        StaffMember after = StaffMember.of(target.entry());
        audit(OperationType.UPDATE, suspended ? "suspend" : "resume", after);
        return after;
    }

    /**
     * パスワードリセット (seed 000 FAQ ⑤): a new 仮パスワード under the realm policy, valid
     * {@code houjinTemporaryPasswordLifespanDays}, to be changed at the next sign-in; it also lifts every lock of the
     * account. Not for the admins' own account (they change their own password themselves).
     */
    public IssuedPassword resetPassword(String userId) {
        Target target = writable(userId);
        refuseSelf(target);
        Invitations.InitialPassword issued;
        try {
            issued = new Invitations(session, realm).setInitialPassword(target.entry(), target.user(), null);
        } catch (Invitations.RefusedPassword e) {
            throw new StaffRefusal(StaffRefusal.Reason.TEMPORARY_PASSWORD_REFUSED);
        }
        target.user().addRequiredAction(UserModel.RequiredAction.UPDATE_PASSWORD);
        AccountUnlock.release(session, realm, target.user());
        StaffMember after = StaffMember.of(target.entry());
        audit(OperationType.ACTION, "reset_password", after);
        return new IssuedPassword(after, issued.password(), issued.expiresAt(), false);
    }

    /**
     * member, group admin, corporate admin; only a corporate admin makes corporate admins, the last active corporate
     * admin cannot be demoted, and group admins do not change their own role.
     */
    public StaffMember changeRole(String userId, CorporateUser.Role role) {
        Target target = writable(userId);
        if (!scope.corporateAdmin() && role == CorporateUser.Role.ADMIN) {
            throw new StaffRefusal(StaffRefusal.Reason.CORPORATE_ADMIN_ONLY);
        }
        if (!scope.corporateAdmin()) {
            refuseSelf(target);
        }
        if (target.entry().getRole() == role) {
            return StaffMember.of(target.entry());
        }
        if (role != CorporateUser.Role.ADMIN) {
            guardLastAdmin(target);
        }
        // Publishes CorporateRoleChanged: the corporation's other admins are mailed once this commits.
        target.user().setSingleAttribute(DirectoryAttributes.CORPORATE_ROLE, StaffMember.roleName(role));
        StaffMember after = StaffMember.of(target.entry());
        audit(OperationType.UPDATE, "role", after);
        return after;
    }

    /**
     * Moves the user to another group of the scope. A group admin does not move themselves (their group is their
     * scope).
     */
    public StaffMember changeGroup(String userId, String groupId) {
        Target target = writable(userId);
        CorporateGroup group = groups().group(groupId);
        if (!scope.corporateAdmin()) {
            refuseSelf(target);
        }
        if (group.getId().equals(target.entry().getGroup().getId())) {
            return StaffMember.of(target.entry());
        }
        target.entry().setGroup(group);
        StaffMember after = StaffMember.of(target.entry());
        audit(OperationType.UPDATE, "group", after);
        return after;
    }

    /** Deletes an account no longer needed (seed 002), with its account links and invitations. */
    public void delete(String userId) {
        Target target = writable(userId);
        refuseSelf(target);
        guardLastAdmin(target);
        StaffMember before = StaffMember.of(target.entry());
        endSessions(target.user());
        if (!new UserManager(session).removeUser(realm, target.user())) {
            throw new StaffRefusal(StaffRefusal.Reason.USER_NOT_FOUND);
        }
        audit(OperationType.DELETE, "delete", before);
    }

    /**
     * スタッフ追加 and invitation: the user is created in the corporation, then invited — with an email the invitation
     * mail goes out (link valid {@code houjinInvitationLifespanDays}); in every case the 仮パスワード is answered once,
     * for the inviter to pass on (seed 000: 仮パスワードは招待者へご確認ください).
     */
    public IssuedPassword add(NewStaff input) {
        Map<String, String> values = new HashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        InputNormalizer.Result userId = InputNormalizer.userId(input.userId());
        if (!userId.ok()) {
            errors.put("userId", input.userId() == null || input.userId().isBlank() ? "houjinConsoleUserIdRequired"
                    : "houjinConsoleUserIdFormat");
        } else if (userId.value().contains("@")) {
            errors.put("userId", "houjinConsoleUserIdFormat");
        }
        ProfileFields.name(values, errors, "lastName", input.lastName());
        ProfileFields.name(values, errors, "firstName", input.firstName());
        ProfileFields.optionalKana(values, errors, "kanaLastName", input.kanaLastName());
        ProfileFields.optionalKana(values, errors, "kanaFirstName", input.kanaFirstName());
        String email = null;
        if (input.email() != null && !input.email().isBlank()) {
            InputNormalizer.Result checked = InputNormalizer.email(input.email());
            if (!checked.ok()) {
                errors.put("email", "houjinConsoleEmailFormat");
            } else {
                email = checked.value();
            }
        }
        CorporateGroup group = null;
        try {
            group = input.groupId() == null || input.groupId().isBlank() ? groups().root() : groups().group(input.groupId());
        } catch (StaffRefusal unknown) {
            errors.put("groupId", "houjinConsoleRefused_group_not_found");
        }
        if (!errors.isEmpty()) {
            throw new StaffRefusal(StaffRefusal.Reason.INVALID_INPUT, errors);
        }
        String corporateId = scope.corporation().getCorporateId();
        if (directory.findUser(corporateId, userId.value()).isPresent()) {
            throw new StaffRefusal(StaffRefusal.Reason.USER_ID_TAKEN, Map.of("userId", "houjinConsoleRefused_user_id_taken"));
        }
        if (email != null && directory.findUserByEmail(corporateId, email).isPresent()) {
            throw new StaffRefusal(StaffRefusal.Reason.EMAIL_TAKEN, Map.of("email", "houjinConsoleRefused_email_taken"));
        }
        UserModel user = session.users().addUser(realm, DirectoryAttributes.username(corporateId, userId.value()));
        user.setEnabled(true);
        user.setLastName(values.get("lastName"));
        user.setFirstName(values.get("firstName"));
        user.setSingleAttribute(DirectoryAttributes.KANA_LAST_NAME, values.get("kanaLastName"));
        user.setSingleAttribute(DirectoryAttributes.KANA_FIRST_NAME, values.get("kanaFirstName"));
        user.setEmail(email);
        CorporateUser entry = directory.findUser(corporateId, userId.value()).orElseThrow();
        entry.setGroup(group);
        Invitations.Issued issued = mailed(() -> new Invitations(session, realm).invite(entry, user, null,
                scope.actorName()));
        StaffMember added = StaffMember.of(entry);
        audit(OperationType.CREATE, issued.mailSent() ? "add_invite_mail" : "add_invite", added);
        return new IssuedPassword(added, issued.temporaryPassword(), issued.temporaryPasswordExpiresAt(),
                issued.mailSent());
    }

    /** The user's pending invitation, if any. */
    public Optional<StaffInvitation> invitation(String userId) {
        return directory.pendingInvitation(target(userId).entry()).map(StaffInvitation::of);
    }

    /**
     * 認証メール再送 (seed 001): a new link (and mail, when the user has an email) for the pending invitation; the old
     * link stops working. The 仮パスワード is kept while still valid for a user reached by mail, otherwise a new one is
     * answered once ({@code temporaryPassword} null when kept).
     */
    public IssuedPassword resendInvitation(String userId) {
        Target target = writable(userId);
        Invitation pending = directory.pendingInvitation(target.entry())
                .orElseThrow(() -> new StaffRefusal(StaffRefusal.Reason.INVITATION_NOT_FOUND));
        Invitations.Issued issued = mailed(() -> new Invitations(session, realm).resend(pending, target.user(),
                scope.actorName()));
        StaffMember user = StaffMember.of(target.entry());
        audit(OperationType.ACTION, "resend_invitation", user);
        return new IssuedPassword(user, issued.temporaryPassword(), issued.temporaryPasswordExpiresAt(), issued.mailSent());
    }

    /** Revokes the pending invitation: its link and its 仮パスワード stop working. */
    public StaffMember revokeInvitation(String userId) {
        Target target = writable(userId);
        Invitation pending = directory.pendingInvitation(target.entry())
                .orElseThrow(() -> new StaffRefusal(StaffRefusal.Reason.INVITATION_NOT_FOUND));
        new Invitations(session, realm).revoke(pending);
        StaffMember user = StaffMember.of(target.entry());
        audit(OperationType.DELETE, "revoke_invitation", user);
        return user;
    }

    /** What sends an invitation mail; a mail that cannot go out rolls the whole change back. */
    private interface Mailing {
        Invitations.Issued send() throws EmailException;
    }

    private Invitations.Issued mailed(Mailing mailing) {
        try {
            return mailing.send();
        } catch (EmailException e) {
            LOG.warnf("Invitation mail not sent, nothing changed: %s", e.toString());
            session.getTransactionManager().setRollbackOnly();
            throw new StaffRefusal(StaffRefusal.Reason.MAIL_NOT_SENT);
        }
    }

    /** A directory user and their Keycloak account, both in scope; otherwise not found. */
    private record Target(CorporateUser entry, UserModel user) {
    }

    private Target target(String rawUserId) {
        InputNormalizer.Result userId = InputNormalizer.userId(rawUserId);
        CorporateUser entry = !userId.ok() ? null
                : directory.findUser(scope.corporation().getCorporateId(), userId.value()).orElse(null);
        if (!scope.contains(entry)) {
            throw new StaffRefusal(StaffRefusal.Reason.USER_NOT_FOUND);
        }
        UserModel user = Invitations.keycloakUser(session, realm, entry);
        if (user == null) {
            throw new StaffRefusal(StaffRefusal.Reason.USER_NOT_FOUND);
        }
        return new Target(entry, user);
    }

    /** A target the actor may change: a group admin does not act on corporate admins. */
    private Target writable(String userId) {
        Target target = target(userId);
        if (!scope.corporateAdmin() && target.entry().getRole() == CorporateUser.Role.ADMIN) {
            throw new StaffRefusal(StaffRefusal.Reason.CORPORATE_ADMIN_ONLY);
        }
        return target;
    }

    private StaffGroups groups() {
        return new StaffGroups(session, scope, auth);
    }

    private void refuseSelf(Target target) {
        if (scope.isActor(target.entry())) {
            throw new StaffRefusal(StaffRefusal.Reason.CANNOT_ACT_ON_YOURSELF);
        }
    }

    /** Taking an active corporate admin away (demote, suspend, delete) needs another active one to remain. */
    private void guardLastAdmin(Target target) {
        CorporateUser entry = target.entry();
        if (entry.getRole() == CorporateUser.Role.ADMIN && !entry.isLoginSuspended()
                && directory.countActiveAdminsLocked(scope.corporation()) <= 1) {
            throw new StaffRefusal(StaffRefusal.Reason.LAST_ADMIN);
        }
    }

    private void endSessions(UserModel user) {
        UserSessions.endAll(session, realm, user);
    }

    private void audit(OperationType operation, String action, StaffMember user) {
        new AdminEventBuilder(realm, auth, session, session.getContext().getConnection()).resource(RESOURCE_TYPE)
                .operation(operation).resourcePath("corporations", user.corporateId(), "users", user.userId())
                .representation(user).detail(DETAIL_ACTION, action).success();
    }
}
