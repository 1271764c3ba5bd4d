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

    private StaffScope(CorporateUser actor) {
        this.actor = actor;
    }

    /**
     * The scope of a corporate admin (role admin, may sign in); null for anyone else, whom スタッフ管理 refuses. The
     * entry must be the directory's, read on this request.
     */
    public static StaffScope of(CorporateUser actor) {
        return actor != null && actor.getRole() == CorporateUser.Role.ADMIN && actor.maySignIn() ? new StaffScope(actor)
                : null;
    }

    public CorporateUser actor() {
        return actor;
    }

    public Corporation corporation() {
        return actor.getCorporation();
    }

    /**
     * True when the whole corporation is in scope (a corporate admin): what concerns the corporation itself, such as
     * its IP allow-list, is theirs alone.
     */
    public boolean wholeCorporation() {
        return actor.getRole() == CorporateUser.Role.ADMIN;
    }

    boolean contains(CorporateUser user) {
        return user != null && user.getCorporation().getId().equals(corporation().getId());
    }

    boolean isActor(CorporateUser user) {
        return user.getId().equals(actor.getId());
    }

    StaffFilter narrow(StaffFilter filter) {
        return filter == null ? StaffFilter.ALL : filter;
    }
}
