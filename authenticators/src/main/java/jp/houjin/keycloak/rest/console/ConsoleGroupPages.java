package jp.houjin.keycloak.rest.console;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jp.houjin.keycloak.staff.GroupDetail;
import jp.houjin.keycloak.staff.StaffGroup;
import jp.houjin.keycloak.staff.StaffGroups;
import jp.houjin.keycloak.staff.StaffRefusal;

/**
 * {@code …/console/groups}: グループ一覧 (the tree with member counts, and a new サブグループ) for admins, and
 * {@code …/console/groups/{groupId}}: グループ詳細 — its users (氏名, ユーザーID), and for an admin its sub-groups,
 * rename, move and delete. グループ詳細 of their own group is open to every signed-in user of the corporation (seed
 * 000 FAQ ④: that is where someone who forgot their user ID is sent); any other group is not found for them. Writes
 * are admin-only POST forms with the session's {@link ConsoleCsrf} token; the rules are {@link StaffGroups}'.
 */
public final class ConsoleGroupPages {

    private final ConsoleResource console;

    ConsoleGroupPages(ConsoleResource console) {
        this.console = console;
    }

    /** グループ一覧. */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response list() {
        return console.read(visitor -> listPage(visitor, "").render(ConsoleView.Template.GROUPS));
    }

    /** A new サブグループ: {@code parentId}, {@code name}. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response create(MultivaluedMap<String, String> form) {
        return console.write(form, visitor -> {
            try {
                StaffGroup created = console.groups(visitor).create(form.getFirst("parentId"), form.getFirst("name"));
                return listPage(visitor, "").success("houjinConsoleGroupCreated", created.name())
                        .render(ConsoleView.Template.GROUPS);
            } catch (StaffRefusal refusal) {
                String name = form.getFirst("name");
                return listPage(visitor, name == null ? "" : name).error(refusal.reason().messageKey())
                        .fieldErrors(refusal.fieldErrors())
                        .render(ConsoleView.Template.GROUPS, Response.Status.fromStatusCode(refusal.reason().status()));
            }
        });
    }

    /** グループ詳細; {@code first} pages through its users. */
    @GET
    @Path("{groupId}")
    @Produces(MediaType.TEXT_HTML)
    public Response detail(@PathParam("groupId") String groupId, @QueryParam("first") String first) {
        return console.readAsMember(visitor -> {
            int from = ConsoleResource.number(first);
            if (visitor.member()) {
                if (!visitor.entry().getGroup().getId().equals(groupId)) {
                    return console.refusedPage(visitor, StaffRefusal.notFound(StaffRefusal.Reason.GROUP_NOT_FOUND));
                }
                return detailPage(console.view().member(visitor),
                        StaffGroups.ownGroup(console.session(), visitor.entry(), from), null)
                        .render(ConsoleView.Template.GROUP);
            }
            try {
                StaffGroups groups = console.groups(visitor);
                return detailPage(console.view().admin(visitor), groups.detail(groupId, from), groups.tree())
                        .render(ConsoleView.Template.GROUP);
            } catch (StaffRefusal refusal) {
                return console.refusedPage(visitor, refusal);
            }
        });
    }

    /** An action on one group: {@code action} = rename (with {@code name}), move (with {@code parentId}), delete. */
    @POST
    @Path("{groupId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response act(@PathParam("groupId") String groupId, MultivaluedMap<String, String> form) {
        return console.write(form, visitor -> {
            StaffGroups groups = console.groups(visitor);
            String action = form.getFirst("action");
            try {
                return switch (action == null ? "" : action) {
                    case "rename" -> {
                        groups.rename(groupId, form.getFirst("name"));
                        yield adminDetail(visitor, groups, groupId).success("houjinConsoleGroupRenamed")
                                .render(ConsoleView.Template.GROUP);
                    }
                    case "move" -> {
                        groups.move(groupId, form.getFirst("parentId"));
                        yield adminDetail(visitor, groups, groupId).success("houjinConsoleGroupMoved")
                                .render(ConsoleView.Template.GROUP);
                    }
                    case "delete" -> {
                        String name = groups.detail(groupId, 0).group().name();
                        groups.delete(groupId);
                        yield listPage(visitor, "").success("houjinConsoleGroupDeleted", name)
                                .render(ConsoleView.Template.GROUPS);
                    }
                    default -> throw StaffRefusal.invalidValue("action");
                };
            } catch (StaffRefusal refusal) {
                if (refusal.reason() == StaffRefusal.Reason.GROUP_NOT_FOUND) {
                    return console.refusedPage(visitor, refusal);
                }
                return adminDetail(visitor, groups, groupId).error(refusal.reason().messageKey())
                        .fieldErrors(refusal.fieldErrors())
                        .render(ConsoleView.Template.GROUP, Response.Status.fromStatusCode(refusal.reason().status()));
            }
        });
    }

    private ConsoleView adminDetail(ConsoleSignIn.Visitor visitor, StaffGroups groups, String groupId) {
        return detailPage(console.view().admin(visitor), groups.detail(groupId, 0), groups.tree());
    }

    private ConsoleView listPage(ConsoleSignIn.Visitor visitor, String name) {
        return console.view().admin(visitor).put("groups", console.groups(visitor).tree()).put("name", name)
                .put("actionUrl", console.view().url(ConsoleResource.GROUPS).toString());
    }

    /**
     * グループ詳細's model; {@code tree} (an admin's groups) also gives the places the group may move to: none of
     * the group itself and what lies below it.
     */
    private ConsoleView detailPage(ConsoleView view, GroupDetail detail, List<StaffGroup> tree) {
        String id = detail.group().id();
        view.put("detail", detail).put("actionUrl", console.view().url(ConsoleResource.GROUPS, id).toString())
                .put("staffUrl", UriBuilder.fromUri(console.view().url(ConsoleResource.STAFF)).queryParam("group", id)
                        .build().toString());
        if (detail.hasPrevious()) {
            view.put("previousUrl", pageUrl(id, Math.max(0, detail.first() - detail.max())));
        }
        if (detail.hasNext()) {
            view.put("nextUrl", pageUrl(id, detail.first() + detail.max()));
        }
        if (tree != null) {
            view.put("moveTargets", moveTargets(tree, id)).put("parentName", parentName(tree, detail.group().parentId()));
        }
        return view;
    }

    private String pageUrl(String groupId, int first) {
        return UriBuilder.fromUri(console.view().url(ConsoleResource.GROUPS, groupId)).queryParam("first", first).build()
                .toString();
    }

    /** The tree without the group and its sub-groups (they follow it in tree order, one level deeper or more). */
    static List<StaffGroup> moveTargets(List<StaffGroup> tree, String groupId) {
        List<StaffGroup> targets = new java.util.ArrayList<>();
        int skipBelow = -1;
        for (StaffGroup g : tree) {
            if (skipBelow >= 0 && g.level() > skipBelow) {
                continue;
            }
            skipBelow = -1;
            if (g.id().equals(groupId)) {
                skipBelow = g.level();
                continue;
            }
            targets.add(g);
        }
        return targets;
    }

    private static String parentName(List<StaffGroup> tree, String parentId) {
        Map<String, String> names = new HashMap<>();
        tree.forEach(g -> names.put(g.id(), g.name()));
        return parentId == null ? "" : names.getOrDefault(parentId, "");
    }
}
