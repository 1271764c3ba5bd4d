package jp.houjin.keycloak.staff;

import java.util.List;
import java.util.Map;

import jp.houjin.keycloak.directory.CorporateDirectory;
import jp.houjin.keycloak.directory.model.CorporateGroup;
import jp.houjin.keycloak.directory.model.CorporateUser;
import jp.houjin.keycloak.directory.text.InputNormalizer;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminAuth;
import org.keycloak.services.resources.admin.AdminEventBuilder;

/**
 * グループ管理 (seed 000): a corporation's メイングループ and サブグループ as an admin manages them — the tree with member
 * counts, a group's detail, create, rename, move (never under itself or below itself, at most
 * {@link CorporateGroup#MAX_DEPTH} levels) and delete (only when it has neither users nor sub-groups). A corporate
 * admin manages every group; a group admin their group (detail, sub-groups made under it) and the groups below it
 * (rename, move, delete). A group outside the scope is answered as not found. Every write is an admin event (resource
 * type {@value #RESOURCE_TYPE}) with the acting admin as auth user. {@link #ownGroup} is グループ詳細 for any
 * signed-in user of the corporation.
 */
public final class StaffGroups {

    public static final String RESOURCE_TYPE = "HOUJIN_CORPORATE_GROUP";
    /** Members per page of グループ詳細. */
    public static final int PAGE = 50;

    private final KeycloakSession session;
    private final RealmModel realm;
    private final CorporateDirectory directory;
    private final StaffScope scope;
    private final AdminAuth auth;

    public StaffGroups(KeycloakSession session, StaffScope scope, AdminAuth auth) {
        this.session = session;
        this.realm = session.getContext().getRealm();
        this.directory = session.getProvider(CorporateDirectory.class);
        this.scope = scope;
        this.auth = auth;
    }

    /** グループ一覧: the groups in scope, each followed by its sub-groups, with their own members' counts. */
    public List<StaffGroup> tree() {
        CorporateGroup root = root();
        Map<String, Long> counts = directory.memberCounts(root);
        return GroupTree.order(directory.groupsWithin(root).stream().map(g -> of(g, counts)).toList());
    }

    /**
     * The groups in scope in tree order, without member counts: the choices of the group selects (スタッフ一覧's filter,
     * a user's group, スタッフ追加), which need no count over the corporation's users.
     */
    public List<StaffGroup> choices() {
        return GroupTree.order(directory.groupsWithin(root()).stream().map(g -> of(g, Map.of())).toList());
    }

    /** A group in scope with one page of its users and its sub-groups. */
    public GroupDetail detail(String groupId, int first) {
        CorporateGroup group = group(groupId);
        Map<String, Long> counts = directory.memberCounts(group);
        List<StaffGroup> below = directory.groupsWithin(group).stream().filter(g -> group.getId().equals(g.getParentId()))
                .map(g -> of(g, counts)).sorted(java.util.Comparator.comparing(StaffGroup::name)).toList();
        return page(directory, group, first, below);
    }

    /** グループ詳細 of the user's own group, for any signed-in user of the corporation (without its sub-groups). */
    public static GroupDetail ownGroup(KeycloakSession session, CorporateUser user, int first) {
        return page(session.getProvider(CorporateDirectory.class), user.getGroup(), first, List.of());
    }

    private static GroupDetail page(CorporateDirectory directory, CorporateGroup group, int first, List<StaffGroup> below) {
        int from = Math.max(first, 0);
        long total = directory.countMembers(group);
        List<GroupDetail.Member> members = directory.members(group, from, PAGE).stream()
                .map(u -> new GroupDetail.Member(u.getUserId(), u.getFamilyName(), u.getGivenName())).toList();
        StaffGroup shown = new StaffGroup(group.getId(), group.getName(), group.getParentId(), group.isMain(), 0, total);
        return new GroupDetail(shown, members, total, from, PAGE, below);
    }

    /** A new サブグループ under {@code parentId} (blank: the top of the actor's scope). */
    public StaffGroup create(String parentId, String rawName) {
        CorporateGroup parent = parentId == null || parentId.isBlank() ? root() : group(parentId);
        String name = name(rawName);
        if (parent.depth() + 1 > CorporateGroup.MAX_DEPTH) {
            throw new StaffRefusal(StaffRefusal.Reason.GROUP_TOO_DEEP);
        }
        if (directory.siblingNamed(parent, name)) {
            throw new StaffRefusal(StaffRefusal.Reason.GROUP_NAME_TAKEN);
        }
        CorporateGroup created = directory.createGroup(parent, name);
        StaffGroup shown = of(created, Map.of());
        audit(OperationType.CREATE, "create_group", shown);
        return shown;
    }

    public StaffGroup rename(String groupId, String rawName) {
        CorporateGroup group = managed(groupId);
        String name = name(rawName);
        if (name.equals(group.getName())) {
            return of(group, Map.of());
        }
        if (group.getParent() != null && directory.siblingNamed(group.getParent(), name)) {
            throw new StaffRefusal(StaffRefusal.Reason.GROUP_NAME_TAKEN);
        }
        group.setName(name);
        StaffGroup shown = of(group, Map.of());
        audit(OperationType.UPDATE, "rename_group", shown);
        return shown;
    }

    /** Moves the group (with everything below it) under {@code parentId}. */
    public StaffGroup move(String groupId, String parentId) {
        CorporateGroup group = managed(groupId);
        if (group.isMain()) {
            throw new StaffRefusal(StaffRefusal.Reason.MAIN_GROUP);
        }
        CorporateGroup parent = group(parentId);
        if (group.contains(parent)) {
            throw new StaffRefusal(StaffRefusal.Reason.GROUP_INTO_ITSELF);
        }
        if (parent.getId().equals(group.getParentId())) {
            return of(group, Map.of());
        }
        int below = directory.deepestWithin(group) - group.depth();
        if (parent.depth() + 1 + below > CorporateGroup.MAX_DEPTH) {
            throw new StaffRefusal(StaffRefusal.Reason.GROUP_TOO_DEEP);
        }
        if (directory.siblingNamed(parent, group.getName())) {
            throw new StaffRefusal(StaffRefusal.Reason.GROUP_NAME_TAKEN);
        }
        directory.moveGroup(group, parent);
        StaffGroup shown = of(group, Map.of());
        audit(OperationType.UPDATE, "move_group", shown);
        return shown;
    }

    /** Deletes a サブグループ that has neither users nor sub-groups. */
    public void delete(String groupId) {
        CorporateGroup group = managed(groupId);
        if (group.isMain()) {
            throw new StaffRefusal(StaffRefusal.Reason.MAIN_GROUP);
        }
        if (directory.countMembers(group) > 0 || directory.countChildren(group) > 0) {
            throw new StaffRefusal(StaffRefusal.Reason.GROUP_NOT_EMPTY);
        }
        StaffGroup before = of(group, Map.of());
        directory.deleteGroup(group);
        audit(OperationType.DELETE, "delete_group", before);
    }

    /** The top of the actor's scope: the group admin's group, or the corporation's メイングループ. */
    CorporateGroup root() {
        return scope.corporateAdmin() ? directory.mainGroup(scope.corporation()) : scope.group();
    }

    /** A group in scope; otherwise not found. */
    CorporateGroup group(String groupId) {
        CorporateGroup group = groupId == null ? null : directory.findGroup(scope.corporation(), groupId.strip()).orElse(null);
        if (!scope.contains(group)) {
            throw new StaffRefusal(StaffRefusal.Reason.GROUP_NOT_FOUND);
        }
        return group;
    }

    /** A group the actor may change: in scope, and for a group admin below their own group. */
    private CorporateGroup managed(String groupId) {
        CorporateGroup group = group(groupId);
        if (!scope.manages(group)) {
            throw new StaffRefusal(StaffRefusal.Reason.CORPORATE_ADMIN_ONLY);
        }
        return group;
    }

    /** A group's name: required, at most {@link CorporateGroup#MAX_NAME} characters, any printable text. */
    static String name(String raw) {
        String name = raw == null ? "" : InputNormalizer.normalize(raw).strip();
        if (raw != null && InputNormalizer.hasControl(raw)) {
            throw new StaffRefusal(StaffRefusal.Reason.INVALID_INPUT, Map.of("name", "houjinControlCharacter"));
        }
        if (name.isEmpty()) {
            throw new StaffRefusal(StaffRefusal.Reason.INVALID_INPUT, Map.of("name", "houjinConsoleGroupNameRequired"));
        }
        if (name.length() > CorporateGroup.MAX_NAME) {
            throw new StaffRefusal(StaffRefusal.Reason.INVALID_INPUT,
                    Map.of("name", "houjinValueTooLong" + jp.houjin.keycloak.common.ProfileFields.SEPARATOR + CorporateGroup.MAX_NAME));
        }
        return name;
    }

    private static StaffGroup of(CorporateGroup g, Map<String, Long> counts) {
        return new StaffGroup(g.getId(), g.getName(), g.getParentId(), g.isMain(), 0, counts.getOrDefault(g.getId(), 0L));
    }

    private void audit(OperationType operation, String action, StaffGroup group) {
        new AdminEventBuilder(realm, auth, session, session.getContext().getConnection()).resource(RESOURCE_TYPE)
                .operation(operation).resourcePath("corporations", scope.corporation().getCorporateId(), "groups", group.id())
                .representation(group).detail(StaffService.DETAIL_ACTION, action).success();
    }
}
