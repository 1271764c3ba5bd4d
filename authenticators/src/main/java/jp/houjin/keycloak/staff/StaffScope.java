package jp.houjin.keycloak.staff;

import jp.houjin.keycloak.directory.StaffFilter;
import jp.houjin.keycloak.directory.model.CorporateGroup;
import jp.houjin.keycloak.directory.model.CorporateUser;
import jp.houjin.keycloak.directory.model.Corporation;

/**
 * Whom an acting admin may see and act on. A corporate admin's scope is their whole corporation; a group admin's is
 * their group and its sub-groups: {@link #narrow} adds that group to every search (in the database) and
 * {@link #contains} checks it. Anyone outside is answered as not found.
 */
public final class StaffScope {

    private final CorporateUser actor;
    /** The group admin's group; null for a corporate admin (the whole corporation). */
    private final CorporateGroup group;

    private StaffScope(CorporateUser actor, CorporateGroup group) {
        this.actor = actor;
        this.group = group;
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
            case ADMIN -> new StaffScope(actor, null);
            case GROUP_ADMIN -> new StaffScope(actor, actor.getGroup());
            default -> null;
        };
    }

    public CorporateUser actor() {
        return actor;
    }

    public Corporation corporation() {
        return actor.getCorporation();
    }

    /** True for a corporate admin (the whole corporation), false for a group admin. */
    public boolean corporateAdmin() {
        return group == null;
    }

    /** The group admin's group, where their scope starts; null for a corporate admin. */
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
        return user.getId().equals(actor.getId());
    }

    StaffFilter narrow(StaffFilter filter) {
        StaffFilter base = filter == null ? StaffFilter.ALL : filter;
        return group == null ? base : base.within(group);
    }
}
