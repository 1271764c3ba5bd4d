package jp.houjin.keycloak.staff;

import jp.houjin.keycloak.directory.StaffFilter;
import jp.houjin.keycloak.directory.model.CorporateGroup;
import jp.houjin.keycloak.directory.model.CorporateUser;
import jp.houjin.keycloak.directory.model.Corporation;

/**
 * Whom an acting admin may see and act on. A corporate admin's scope is their whole corporation; a group admin's is
 * their group and its sub-groups: {@link #narrow} adds that group to every search (in the database) and
 * {@link #contains} checks it; an operator's (a realm admin's) is a corporation they chose, as its corporate admins
 * see it. Anyone outside is answered as not found.
 */
public final class StaffScope {

    /** The acting corporate or group admin; null in an operator's scope. */
    private final CorporateUser actor;
    /** The group admin's group; null for a corporate admin or an operator (the whole corporation). */
    private final CorporateGroup group;
    /** The corporation in scope: the actor's, or the one an operator chose. */
    private final Corporation corporation;
    /** Who acts, as invitations record it: the corporate admin's user ID, or the operator's username. */
    private final String actorName;

    private StaffScope(CorporateUser actor, CorporateGroup group, Corporation corporation, String actorName) {
        this.actor = actor;
        this.group = group;
        this.corporation = corporation;
        this.actorName = actorName;
    }

    /**
     * The scope of a corporate admin or a group admin who may sign in; null for anyone else, whom スタッフ管理 refuses.
     * The entry must be the directory's, read on this request.
     */
    public static StaffScope of(CorporateUser actor) {
        if (actor == null || !actor.maySignIn()) {
            return null;
        }
        return switch (actor.getRole()) {
            case ADMIN -> new StaffScope(actor, null, actor.getCorporation(), actor.getUserId());
            case GROUP_ADMIN -> new StaffScope(actor, actor.getGroup(), actor.getCorporation(), actor.getUserId());
            default -> null;
        };
    }

    /**
     * An operator's scope (a realm user holding realm-management's user roles, checked by the caller): every user of
     * the corporation, as its corporate admins see them; the operator is nobody in it, so every user may be acted on.
     * {@code operatorName} is the operator's username, recorded as inviter.
     */
    public static StaffScope operator(Corporation corporation, String operatorName) {
        return corporation == null ? null : new StaffScope(null, null, corporation, operatorName);
    }

    /** The acting corporate or group admin; null in an operator's scope. */
    public CorporateUser actor() {
        return actor;
    }

    /** Who acts, as invitations record the inviter. */
    public String actorName() {
        return actorName;
    }

    public boolean isOperator() {
        return actor == null;
    }

    public Corporation corporation() {
        return corporation;
    }

    /**
     * True for a corporate admin or an operator (the whole corporation), false for a group admin: what concerns the
     * corporation itself, such as its IP allow-list, is theirs alone.
     */
    public boolean corporateAdmin() {
        return group == null;
    }

    /** The group admin's group, where their scope starts; null for a corporate admin or an operator. */
    public CorporateGroup group() {
        return group;
    }

    boolean contains(CorporateUser user) {
        return user != null && user.getCorporation().getId().equals(corporation().getId())
                && (group == null || group.contains(user.getGroup()));
    }

    boolean contains(CorporateGroup other) {
        return other != null && other.getCorporation().getId().equals(corporation().getId())
                && (group == null || group.contains(other));
    }

    /** A group the actor may rename, move or delete: in scope, and for a group admin strictly below their own. */
    boolean manages(CorporateGroup other) {
        return contains(other) && (group == null || !group.getId().equals(other.getId()));
    }

    boolean isActor(CorporateUser user) {
        return actor != null && user.getId().equals(actor.getId());
    }

    StaffFilter narrow(StaffFilter filter) {
        StaffFilter base = filter == null ? StaffFilter.ALL : filter;
        return group == null ? base : base.within(group);
    }
}
