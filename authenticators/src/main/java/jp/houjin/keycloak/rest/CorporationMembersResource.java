package jp.houjin.keycloak.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.houjin.keycloak.rest.RealmApiAuth;
import jp.houjin.keycloak.directory.CorporateDirectory;
import jp.houjin.keycloak.directory.model.CorporateUser;
import jp.houjin.keycloak.directory.text.InputNormalizer;
import jp.houjin.keycloak.invitation.Invitations;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.AdminAuth;
import org.keycloak.services.resources.admin.AdminEventBuilder;

/**
 * {@code /realms/{realm}/houjin/corporation/users}: a corporate admin, with their own access token, lists the
 * accounts of their corporation and deletes those no longer needed (seed 002, 不要アカウントの削除). Only admins of the
 * same corporation, never themselves; each deletion is an admin event (resource type {@value #RESOURCE_TYPE})
 * carrying the deleting admin as the auth user. 401 without a valid token; 403 for a token {@link RealmApiAuth} refuses
 * and for anyone but a corporate admin.
 */
public final class CorporationMembersResource {

    public static final String PATH = "corporation";
    static final String RESOURCE_TYPE = "HOUJIN_CORPORATE_ACCOUNT";

    private final KeycloakSession session;

    CorporationMembersResource(KeycloakSession session) {
        this.session = session;
    }

    /**
     * The calling corporate admin, or the refusal. Role and corporation come from the directory entry that the
     * federation link points to, read on this call ({@link RealmApiAuth}), never from profile attributes: those are
     * what the user profile shows and may be cached.
     */
    private RealmApiAuth.Access admin() {
        RealmApiAuth.Access access = RealmApiAuth.authenticate(session);
        if (access.refused()) {
            return access;
        }
        CorporateUser entry = access.caller().corporate();
        if (entry == null || entry.getRole() != CorporateUser.Role.ADMIN) {
            return RealmApiAuth.Access.refuse(Response.Status.FORBIDDEN, "not_a_corporate_admin");
        }
        return access;
    }

    @GET
    @Path("users")
    @Produces(MediaType.APPLICATION_JSON)
    public Response users() {
        RealmApiAuth.Access access = admin();
        if (access.refused()) {
            return access.refusal();
        }
        CorporateUser admin = access.caller().corporate();
        List<Map<String, Object>> users = session.getProvider(CorporateDirectory.class)
                .search(admin.getCorporation().getCorporateId() + ":*", 0, 1000).stream()
                .filter(u -> u.getCorporation().getId().equals(admin.getCorporation().getId()))
                .map(CorporationMembersResource::describe).toList();
        return Response.ok(users).build();
    }

    @DELETE
    @Path("users/{userId}")
    public Response delete(@PathParam("userId") String rawUserId) {
        RealmApiAuth.Access access = admin();
        if (access.refused()) {
            return access.refusal();
        }
        RealmApiAuth.Caller admin = access.caller();
        RealmModel realm = session.getContext().getRealm();
        InputNormalizer.Result userId = InputNormalizer.userId(rawUserId);
        CorporateUser target = !userId.ok() ? null : session.getProvider(CorporateDirectory.class)
                .findUser(admin.corporate().getCorporation().getCorporateId(), userId.value()).orElse(null);
        if (target == null) {
            return RealmApiAuth.error(Response.Status.NOT_FOUND, "user_not_found");
        }
        if (target.getId().equals(admin.corporate().getId())) {
            return RealmApiAuth.error(Response.Status.CONFLICT, "cannot_delete_yourself");
        }
        Map<String, Object> described = describe(target);
        UserModel user = Invitations.keycloakUser(session, realm, target);
        if (user == null || !session.users().removeUser(realm, user)) {
            return RealmApiAuth.error(Response.Status.CONFLICT, "not_deleted");
        }
        new AdminEventBuilder(realm, new AdminAuth(realm, admin.auth().token(), admin.auth().user(), admin.auth().client()),
                session, session.getContext().getConnection()).resource(RESOURCE_TYPE).operation(OperationType.DELETE)
                .resourcePath(session.getContext().getUri()).representation(described).success();
        return Response.noContent().build();
    }

    private static Map<String, Object> describe(CorporateUser u) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("corporateId", u.getCorporation().getCorporateId());
        out.put("userId", u.getUserId());
        out.put("lastName", u.getFamilyName());
        out.put("firstName", u.getGivenName());
        out.put("email", u.getEmail());
        out.put("role", u.getRole() == CorporateUser.Role.ADMIN ? "admin" : "user");
        out.put("loginSuspended", u.isLoginSuspended());
        return out;
    }
}
