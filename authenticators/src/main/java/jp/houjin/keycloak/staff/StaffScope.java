package jp.houjin.keycloak.staff;

import jp.houjin.keycloak.directory.StaffFilter;
import jp.houjin.keycloak.directory.model.CorporateUser;
import jp.houjin.keycloak.directory.model.Corporation;

/**
 * Whom an acting admin may see and act on. Today a corporate admin's scope is their whole corporation; a group
 * admin's scope will narrow it to a group and its sub-groups (then {@link #narrow} adds the group to every search and
 * {@link #contains} checks it), without the service or its callers changing. Anyone outside is answered as not found.
 */
public final class StaffScope {

    private final CorporateUser actor;
    /** The corporation in scope: the actor's, or the one an operator chose. */
    private final Corporation corporation;
    /** Who acts, as invitations record it: the corporate admin's user ID, or the operator's username. */
    private final String actorName;

    private StaffScope(CorporateUser actor) {
        this(actor, actor.getCorporation(), actor.getUserId());
    }

    private StaffScope(CorporateUser actor, Corporation corporation, String actorName) {
        this.actor = actor;
        this.corporation = corporation;
        this.actorName = actorName;
    }

    /**
     * The scope of a corporate admin (role admin, may sign in); null for anyone else, whom スタッフ管理 refuses. The
     * entry must be the directory's, read on this request.
     */
    public static StaffScope of(CorporateUser actor) {
        return actor != null && actor.getRole() == CorporateUser.Role.ADMIN && actor.maySignIn() ? new StaffScope(actor)
                : null;
    }

    /**
     * An operator's scope (a realm user holding realm-management's user roles, checked by the caller): every user of
     * the corporation, as its corporate admins see them; the operator is nobody in it, so every user may be acted on.
     * {@code operatorName} is the operator's username, recorded as inviter.
     */
    public static StaffScope operator(Corporation corporation, String operatorName) {
        return corporation == null ? null : new StaffScope(null, corporation, operatorName);
    }

    /** The acting corporate admin; null in an operator's scope. */
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

    boolean contains(CorporateUser user) {
        return user != null && user.getCorporation().getId().equals(corporation().getId());
    }

    boolean isActor(CorporateUser user) {
        return actor != null && user.getId().equals(actor.getId());
    }

    StaffFilter narrow(StaffFilter filter) {
        return filter == null ? StaffFilter.ALL : filter;
    }
}
