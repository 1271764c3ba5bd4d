package jp.houjin.keycloak.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.houjin.keycloak.common.ClientAddress;
import jp.houjin.keycloak.directory.StaffFilter;
import jp.houjin.keycloak.directory.model.CorporateUser;
import jp.houjin.keycloak.ipaccess.IpAllowListChange;
import jp.houjin.keycloak.staff.IpAllowListService;
import jp.houjin.keycloak.staff.NewStaff;
import jp.houjin.keycloak.staff.StaffGroups;
import jp.houjin.keycloak.staff.StaffMember;
import jp.houjin.keycloak.staff.StaffRefusal;
import jp.houjin.keycloak.staff.StaffScope;
import jp.houjin.keycloak.staff.StaffService;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminAuth;

/**
 * {@code /realms/{realm}/houjin/corporation/…}: スタッフ管理 and the corporation's IP allow-list as the corporate API — a corporate admin, with their
 * own access token ({@link RealmApiAuth}), lists, searches and pages the users of their corporation, reads one, adds
 * and invites, suspends and resumes, resets a password, changes a role or group and deletes (seed 002,
 * 不要アカウントの削除), and manages groups ({@code /corporation/groups…}); a group admin does the same within their
 * group and its sub-groups.
 * The rules are {@link StaffService}'s, the same as the console pages'; each write is an admin event with the admin
 * as its auth user. Errors are {@link JsonError}s: 401 without a valid token; 403 for a token {@link RealmApiAuth}
 * refuses and {@code not_a_corporate_admin}; the service's refusals with their own status and code (a user outside
 * the corporation is 404 {@code user_not_found}). Described in {@code openapi.json}.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class CorporationMembersResource {

    public static final String PATH = "corporation";

    private final KeycloakSession session;

    CorporationMembersResource(KeycloakSession session) {
        this.session = session;
    }

    /** {@code {"loginStatus": "active" | "login_suspended"}}. */
    public record LoginStatusChange(String loginStatus) {

        public static boolean suspended(LoginStatusChange body) {
            return required("loginStatus", StaffMember.parseStatus("loginStatus", body == null ? null : body.loginStatus()))
                    == CorporateUser.Status.LOGIN_SUSPENDED;
        }
    }

    /** {@code {"groupId": "…"}}: the user's new group. */
    public record GroupChange(String groupId) {
    }

    /** {@code {"name": "…", "parentId": "…"}}: a new group (parentId blank: the top of the caller's scope) or a rename. */
    public record GroupInput(String name, String parentId) {
    }

    /** {@code {"role": "user" | "group_admin" | "admin"}}. */
    public record RoleChange(String role) {

        public static CorporateUser.Role of(RoleChange body) {
            return required("role", StaffMember.parseRole("role", body == null ? null : body.role()));
        }
    }

    /**
     * {@code {"entries": ["203.0.113.0/24", …], "confirmShutOut": false}}: the whole new list; {@code confirmShutOut}
     * true stores it even when it refuses one of the caller's own addresses.
     */
    public record IpAllowListUpdate(List<String> entries, Boolean confirmShutOut) {
    }

    /**
     * The corporation's IP allow-list, with the caller's own addresses that the guard protects: where their session
     * signed in, and for a public client (the admin's own browser) where this call comes from.
     */
    @GET
    @Path("ip-allow-list")
    public Response ipAllowList() {
        return act((scope, actor, caller) -> {
            IpAllowListService list = new IpAllowListService(session, scope, actor);
            return Response.ok(allowList(list.corporation().getCorporateId(), list.entries(), caller)).build();
        });
    }

    /**
     * Replaces the list, all or nothing: 400 {@code invalid_entries} naming each bad entry (line, entry, problem) or
     * {@code too_many_entries}; 409 {@code would_shut_you_out} with the {@code address} unless
     * {@code confirmShutOut} is true.
     */
    @PUT
    @Path("ip-allow-list")
    public Response replaceIpAllowList(IpAllowListUpdate body) {
        return act((scope, actor, caller) -> {
            IpAllowListService list = new IpAllowListService(session, scope, actor);
            list.corporation();
            IpAllowListChange change = IpAllowListChange.ofEntries(body == null ? null : body.entries());
            if (change.tooMany()) {
                return JsonError.of(Response.Status.BAD_REQUEST, "too_many_entries",
                        Map.of("maxEntries", IpAllowListChange.MAX_ENTRIES));
            }
            if (!change.ok()) {
                List<Map<String, Object>> invalid = change.problems().stream().map(problem -> Map.<String, Object>of(
                        "line", problem.line(), "entry", problem.entry(), "problem", problem.code(),
                        "reason", problem.reason())).toList();
                return JsonError.of(Response.Status.BAD_REQUEST, "invalid_entries", Map.of("invalid", invalid));
            }
            List<String> stored = list.replace(change, ownAddresses(caller),
                    body != null && Boolean.TRUE.equals(body.confirmShutOut()));
            return Response.ok(allowList(list.corporation().getCorporateId(), stored, caller)).build();
        });
    }

    private Map<String, Object> allowList(String corporateId, List<String> entries, RealmApiAuth.Caller caller) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("corporateId", corporateId);
        answer.put("entries", entries);
        answer.put("yourAddresses", ownAddresses(caller).stream()
                .map(address -> address == null ? IpAllowListChange.UNKNOWN_ADDRESS : address).distinct().toList());
        return answer;
    }

    /** The addresses the realm API checks for this caller ({@link RealmApiAuth}), so the guard protects exactly them. */
    private List<String> ownAddresses(RealmApiAuth.Caller caller) {
        List<String> addresses = new ArrayList<>();
        addresses.add(caller.auth().session().getIpAddress());
        if (caller.auth().client().isPublicClient()) {
            addresses.add(ClientAddress.trusted(session).orElse(null));
        }
        return addresses;
    }

    @GET
    @Path("users")
    public Response users(@QueryParam("search") String search, @QueryParam("status") String status,
            @QueryParam("role") String role, @QueryParam("group") String group,
            @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("max") @DefaultValue("" + StaffService.DEFAULT_PAGE) int max) {
        return call(staff -> Response.ok(staff.list(new StaffFilter(search, StaffMember.parseStatus("status", status),
                StaffMember.parseRole("role", role)), group, first, max)).build());
    }

    @POST
    @Path("users")
    public Response add(NewStaff body) {
        NewStaff input = body == null ? new NewStaff(null, null, null, null, null, null, null) : body;
        return call(staff -> Response.status(Response.Status.CREATED).entity(staff.add(input)).build());
    }

    @GET
    @Path("users/{userId}")
    public Response user(@PathParam("userId") String userId) {
        return call(staff -> Response.ok(staff.detail(userId)).build());
    }

    @DELETE
    @Path("users/{userId}")
    public Response delete(@PathParam("userId") String userId) {
        return callWithoutAnswer(staff -> staff.delete(userId));
    }

    @PUT
    @Path("users/{userId}/login-status")
    public Response loginStatus(@PathParam("userId") String userId, LoginStatusChange body) {
        return call(staff -> Response.ok(staff.setLoginSuspended(userId, LoginStatusChange.suspended(body))).build());
    }

    @PUT
    @Path("users/{userId}/role")
    public Response role(@PathParam("userId") String userId, RoleChange body) {
        return call(staff -> Response.ok(staff.changeRole(userId, RoleChange.of(body))).build());
    }

    @PUT
    @Path("users/{userId}/group")
    public Response group(@PathParam("userId") String userId, GroupChange body) {
        return call(staff -> Response.ok(staff.changeGroup(userId, body == null ? null : body.groupId())).build());
    }

    /** グループ一覧: the groups in the caller's scope, each followed by its sub-groups ({@code level} below the top). */
    @GET
    @Path("groups")
    public Response groups() {
        return callGroups(groups -> Response.ok(groups.tree()).build());
    }

    @POST
    @Path("groups")
    public Response createGroup(GroupInput body) {
        return callGroups(groups -> Response.status(Response.Status.CREATED)
                .entity(groups.create(body == null ? null : body.parentId(), body == null ? null : body.name())).build());
    }

    /** グループ詳細: the group, a page of its own users (50 from {@code first}) and its sub-groups. */
    @GET
    @Path("groups/{groupId}")
    public Response groupDetail(@PathParam("groupId") String groupId, @QueryParam("first") @DefaultValue("0") int first) {
        return callGroups(groups -> Response.ok(groups.detail(groupId, first)).build());
    }

    /** Renames the group ({@code name}). */
    @PUT
    @Path("groups/{groupId}")
    public Response renameGroup(@PathParam("groupId") String groupId, GroupInput body) {
        return callGroups(groups -> Response.ok(groups.rename(groupId, body == null ? null : body.name())).build());
    }

    /** Moves the group with everything below it under {@code parentId}. */
    @PUT
    @Path("groups/{groupId}/parent")
    public Response moveGroup(@PathParam("groupId") String groupId, GroupInput body) {
        return callGroups(groups -> Response.ok(groups.move(groupId, body == null ? null : body.parentId())).build());
    }

    /** Deletes a group without users and sub-groups. */
    @DELETE
    @Path("groups/{groupId}")
    public Response deleteGroup(@PathParam("groupId") String groupId) {
        return callGroups(groups -> {
            groups.delete(groupId);
            return Response.noContent().build();
        });
    }

    @POST
    @Path("users/{userId}/password-reset")
    public Response resetPassword(@PathParam("userId") String userId) {
        return call(staff -> Response.ok(staff.resetPassword(userId)).build());
    }

    @GET
    @Path("users/{userId}/invitation")
    public Response invitation(@PathParam("userId") String userId) {
        return call(staff -> Response.ok(staff.invitation(userId)
                .orElseThrow(() -> StaffRefusal.notFound(StaffRefusal.Reason.INVITATION_NOT_FOUND))).build());
    }

    /** 認証メール再送: a new link (and mail) for the pending invitation. */
    @POST
    @Path("users/{userId}/invitation")
    public Response resendInvitation(@PathParam("userId") String userId) {
        return call(staff -> Response.ok(staff.resendInvitation(userId)).build());
    }

    @DELETE
    @Path("users/{userId}/invitation")
    public Response revokeInvitation(@PathParam("userId") String userId) {
        return callWithoutAnswer(staff -> staff.revokeInvitation(userId));
    }

    /**
     * Runs one operation for the calling corporate admin, or answers the refusal. Role and corporation come from the
     * directory entry that the federation link points to, read on this call ({@link RealmApiAuth}), never from
     * profile attributes.
     */
    private Response call(Function<StaffService, Response> operation) {
        return act((scope, actor, caller) -> operation.apply(new StaffService(session, scope, actor)));
    }

    private Response callGroups(Function<StaffGroups, Response> operation) {
        return act((scope, actor, caller) -> operation.apply(new StaffGroups(session, scope, actor)));
    }

    /** What runs for a corporate admin: their scope, them as the admin events' actor, and the token's caller. */
    private interface Operation {
        Response apply(StaffScope scope, AdminAuth actor, RealmApiAuth.Caller caller);
    }

    private Response act(Operation operation) {
        RealmApiAuth.Access access = RealmApiAuth.authenticate(session);
        if (access.refused()) {
            return access.refusal();
        }
        StaffScope scope = StaffScope.of(access.caller().corporate());
        if (scope == null) {
            return RealmApiAuth.error(Response.Status.FORBIDDEN, "not_a_corporate_admin");
        }
        RealmModel realm = session.getContext().getRealm();
        RealmApiAuth.Caller caller = access.caller();
        AdminAuth actor = new AdminAuth(realm, caller.auth().token(), caller.user(), caller.auth().client());
        try {
            return operation.apply(scope, actor, caller);
        } catch (StaffRefusal refusal) {
            return refused(refusal);
        }
    }

    /** An operation answered 204 when done. */
    private Response callWithoutAnswer(java.util.function.Consumer<StaffService> operation) {
        return call(staff -> {
            operation.accept(staff);
            return Response.noContent().build();
        });
    }

    public static Response refused(StaffRefusal refusal) {
        Response.Status status = Response.Status.fromStatusCode(refusal.reason().status());
        if (refusal.reason() == StaffRefusal.Reason.WOULD_SHUT_YOU_OUT) {
            return JsonError.of(status, refusal.reason().code(), Map.of("address", refusal.subject()));
        }
        return refusal.fieldErrors().isEmpty() ? JsonError.of(status, refusal.reason().code())
                : JsonError.of(status, refusal.reason().code(), Map.of("invalid", refusal.fieldErrors()));
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw StaffRefusal.invalidValue(field);
        }
        return value;
    }
}
