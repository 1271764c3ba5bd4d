package jp.houjin.keycloak.rest.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.DefaultValue;
import jp.houjin.keycloak.corporation.CorporationChange;
import jp.houjin.keycloak.corporation.CorporationRefusal;
import jp.houjin.keycloak.corporation.CorporationService;
import jp.houjin.keycloak.corporation.CorporationSummary;
import jp.houjin.keycloak.corporation.VerificationNumbers;
import jp.houjin.keycloak.directory.StaffFilter;
import jp.houjin.keycloak.rest.CorporationMembersResource;
import jp.houjin.keycloak.staff.NewStaff;
import jp.houjin.keycloak.staff.StaffMember;
import jp.houjin.keycloak.staff.StaffRefusal;
import jp.houjin.keycloak.staff.StaffScope;
import jp.houjin.keycloak.staff.StaffService;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.houjin.keycloak.directory.CorporateDirectory;
import jp.houjin.keycloak.directory.model.Corporation;
import jp.houjin.keycloak.directory.model.CorporateUser;
import jp.houjin.keycloak.directory.model.Invitation;
import jp.houjin.keycloak.invitation.Invitations;
import jp.houjin.keycloak.ipaccess.IpAllowListChange;
import jp.houjin.keycloak.rest.JsonError;
import org.jboss.logging.Logger;
import org.keycloak.email.EmailException;
import org.keycloak.models.UserModel;
import jp.houjin.keycloak.directory.text.InputNormalizer;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * {@code /admin/realms/{realm}/houjin-corporations/{corporateId}}: one corporation, resolved once by
 * {@link CorporationsAdminResource}: 法人詳細 (read, rename, 契約停止 and its end, delete with the 法人ID repeated,
 * verification numbers, discarding a sign-up), its IP allow-list, its users' invitations, its access key and initial
 * passwords, and everything its corporate admins do in スタッフ管理 ({@code users…}, through {@link StaffService} in
 * an operator's {@link StaffScope}), without SQL. Reading needs view-users, writing manage-users; every write is an admin event. A request
 * with any bad entry stores nothing and answers 400 naming each bad entry; an invitation whose mail cannot be sent
 * stores nothing and answers 502.
 */
public final class CorporationAdminResource {

    static final String RESOURCE_TYPE = IpAllowListChange.RESOURCE_TYPE;
    static final String INVITATION_RESOURCE_TYPE = "HOUJIN_INVITATION";
    private static final Logger LOG = Logger.getLogger(CorporationAdminResource.class);

    private final KeycloakSession session;
    private final AdminPermissionEvaluator auth;
    private final AdminEventBuilder adminEvent;
    private final Corporation corporation;

    CorporationAdminResource(KeycloakSession session, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent,
            Corporation corporation) {
        this.session = session;
        this.auth = auth;
        this.adminEvent = adminEvent;
        this.corporation = corporation;
    }

    @GET
    @Path("ip-allow-list")
    @Produces(MediaType.APPLICATION_JSON)
    public Response get() {
        auth.users().requireView();
        CorporateDirectory directory = session.getProvider(CorporateDirectory.class);
        return Response.ok(new IpAllowListRepresentation(corporation.getCorporateId(), directory.ipAllowList(corporation)))
                .build();
    }

    @PUT
    @Path("ip-allow-list")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response put(IpAllowListRepresentation body) {
        auth.users().requireManage();
        CorporateDirectory directory = session.getProvider(CorporateDirectory.class);
        IpAllowListChange change = IpAllowListChange.ofEntries(body == null ? null : body.getEntries());
        if (change.tooMany()) {
            return badRequest("too_many_entries", List.of(Map.of("reason", "at most " + IpAllowListChange.MAX_ENTRIES
                    + " entries")));
        }
        if (!change.ok()) {
            List<Map<String, String>> invalid = new ArrayList<>();
            for (IpAllowListChange.Problem problem : change.problems()) {
                Map<String, String> described = new LinkedHashMap<>();
                described.put("entry", problem.entry());
                described.put("reason", problem.reason());
                described.put("problem", problem.code());
                invalid.add(described);
            }
            return badRequest("invalid_entries", invalid);
        }
        List<String> normalized = change.entries();
        directory.replaceIpAllowList(corporation, normalized);
        IpAllowListRepresentation result = new IpAllowListRepresentation(corporation.getCorporateId(),
                directory.ipAllowList(corporation));
        audit(RESOURCE_TYPE, OperationType.UPDATE, result);
        return Response.ok(result).build();
    }

    /**
     * Invites a directory user. Body (optional): {@code {"temporaryPassword": "..."}}; without one a temporary
     * password is generated. Answers 201 with the corporate ID, user ID, whether a mail went out, the link's expiry,
     * and the temporary password for the inviter to pass on.
     */
    @POST
    @Path("users/{userId}/invitation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response invite(@PathParam("userId") String userId,
            Map<String, String> body) {
        Account account = managedAccount(userId);
        if (!account.entry().maySignIn() || !account.user().isEnabled()) {
            return error(Response.Status.CONFLICT, "user_cannot_sign_in");
        }
        String password = body == null ? null : body.get("temporaryPassword");
        try {
            Invitations.Issued issued = new Invitations(session, session.getContext().getRealm())
                    .invite(account.entry(), account.user(), password, inviter());
            return issuedResponse(issued, OperationType.CREATE);
        } catch (Invitations.RefusedPassword e) {
            return error(Response.Status.BAD_REQUEST, "temporary_password_refused", e.getMessage());
        } catch (EmailException e) {
            return mailFailed(e);
        }
    }

    /**
     * Issues the corporation's アクセスキー for the certificate sign-in (seed 003): 8 random digits, answered once
     * ({@code {"corporateId":…,"accessKey":"12345678"}}), stored only as a slow salted hash; any earlier key stops working.
     */
    @POST
    @Path("access-key")
    @Produces(MediaType.APPLICATION_JSON)
    public Response issueAccessKey() {
        auth.users().requireManage();
        return Response.ok(corporations().issueAccessKey(corporation.getCorporateId())).build();
    }

    /** 法人詳細: the corporation (no verifier, only whether one is set). */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response detail() {
        auth.users().requireView();
        return Response.ok(corporations().detail(corporation.getCorporateId())).build();
    }

    /** The name and フリガナ. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response update(CorporationChange body) {
        auth.users().requireManage();
        return CorporationsAdminResource.answer(() -> Response.ok(corporations().update(corporation.getCorporateId(), body))
                .build());
    }

    /** {@code {"status": "active" | "suspended"}}: 契約停止 (the users' sessions end) or its end. */
    public record StatusChange(String status) {
    }

    @PUT
    @Path("status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response status(StatusChange body) {
        auth.users().requireManage();
        return CorporationsAdminResource.answer(() -> {
            Corporation.Status status = CorporationSummary.parseStatus("status", body == null ? null : body.status());
            if (status != Corporation.Status.ACTIVE && status != Corporation.Status.SUSPENDED) {
                throw CorporationRefusal.invalidValue("status");
            }
            return Response.ok(corporations().setSuspended(corporation.getCorporateId(),
                    status == Corporation.Status.SUSPENDED)).build();
        });
    }

    /** Sets the 法人番号 and/or the 振込口座番号 (stored only as a slow hash, never answered). */
    @PUT
    @Path("verification")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response verification(VerificationNumbers body) {
        auth.users().requireManage();
        return CorporationsAdminResource.answer(() -> Response.ok(corporations().setVerification(
                corporation.getCorporateId(), body)).build());
    }

    /**
     * Deletes the corporation with its users, their invitations and account links, and its IP allow-list;
     * {@code confirmCorporateId} must repeat the 法人ID (400 {@code confirmation_mismatch} otherwise).
     */
    @DELETE
    @Produces(MediaType.APPLICATION_JSON)
    public Response delete(@QueryParam("confirmCorporateId") String confirmCorporateId) {
        auth.users().requireManage();
        return CorporationsAdminResource.answer(() -> {
            corporations().delete(corporation.getCorporateId(), confirmCorporateId);
            return Response.noContent().build();
        });
    }

    /** Discards a sign-up (新規登録（法人）) never confirmed: 409 {@code status_conflict} unless the corporation is pending. */
    @DELETE
    @Path("signup")
    @Produces(MediaType.APPLICATION_JSON)
    public Response discardSignup() {
        auth.users().requireManage();
        return CorporationsAdminResource.answer(() -> {
            corporations().discardSignup(corporation.getCorporateId());
            return Response.noContent().build();
        });
    }

    /** スタッフ一覧 of this corporation, as its corporate admins see it. */
    @GET
    @Path("users")
    @Produces(MediaType.APPLICATION_JSON)
    public Response users(@QueryParam("search") String search, @QueryParam("status") String status,
            @QueryParam("role") String role, @QueryParam("group") String group,
            @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("max") @DefaultValue("" + StaffService.DEFAULT_PAGE) int max) {
        auth.users().requireView();
        return staff(s -> Response.ok(s.list(new StaffFilter(search, StaffMember.parseStatus("status", status),
                StaffMember.parseRole("role", role)), group, first, max)).build());
    }

    /** スタッフ追加 and invitation, as a corporate admin does it. */
    @POST
    @Path("users")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response addUser(NewStaff body) {
        auth.users().requireManage();
        NewStaff input = body == null ? new NewStaff(null, null, null, null, null, null, null) : body;
        return staff(s -> Response.status(Response.Status.CREATED).entity(s.add(input)).build());
    }

    @GET
    @Path("users/{userId}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response user(@PathParam("userId") String userId) {
        auth.users().requireView();
        return staff(s -> Response.ok(s.detail(userId)).build());
    }

    @DELETE
    @Path("users/{userId}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response deleteUser(@PathParam("userId") String userId) {
        auth.users().requireManage();
        return staff(s -> {
            s.delete(userId);
            return Response.noContent().build();
        });
    }

    @PUT
    @Path("users/{userId}/login-status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response loginStatus(@PathParam("userId") String userId, CorporationMembersResource.LoginStatusChange body) {
        auth.users().requireManage();
        return staff(s -> Response.ok(s.setLoginSuspended(userId,
                CorporationMembersResource.LoginStatusChange.suspended(body))).build());
    }

    @PUT
    @Path("users/{userId}/role")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response role(@PathParam("userId") String userId, CorporationMembersResource.RoleChange body) {
        auth.users().requireManage();
        return staff(s -> Response.ok(s.changeRole(userId, CorporationMembersResource.RoleChange.of(body))).build());
    }

    @POST
    @Path("users/{userId}/password-reset")
    @Produces(MediaType.APPLICATION_JSON)
    public Response resetPassword(@PathParam("userId") String userId) {
        auth.users().requireManage();
        return staff(s -> Response.ok(s.resetPassword(userId)).build());
    }

    @GET
    @Path("users/{userId}/invitation")
    @Produces(MediaType.APPLICATION_JSON)
    public Response invitation(@PathParam("userId") String userId) {
        auth.users().requireView();
        return staff(s -> Response.ok(s.invitation(userId)
                .orElseThrow(() -> StaffRefusal.notFound(StaffRefusal.Reason.INVITATION_NOT_FOUND))).build());
    }

    @DELETE
    @Path("users/{userId}/invitation")
    @Produces(MediaType.APPLICATION_JSON)
    public Response revokeUserInvitation(@PathParam("userId") String userId) {
        auth.users().requireManage();
        return staff(s -> {
            s.revokeInvitation(userId);
            return Response.noContent().build();
        });
    }

    /** Runs a スタッフ管理 operation in the operator's scope of this corporation, or answers its refusal. */
    private Response staff(java.util.function.Function<StaffService, Response> operation) {
        StaffScope scope = StaffScope.operator(corporation, inviter());
        try {
            return operation.apply(new StaffService(session, scope, auth.adminAuth()));
        } catch (StaffRefusal refusal) {
            return CorporationMembersResource.refused(refusal);
        }
    }

    private CorporationService corporations() {
        return new CorporationService(session, auth.adminAuth());
    }

    /**
     * 初期パスワードを再設定 (seed 003 FAQ Q1): unlocks the account (Keycloak's brute-force lockout) and sets a new initial
     * password, valid {@code houjinTemporaryPasswordLifespanDays} and changed at the next sign-in. Body (optional):
     * {@code {"initialPassword": "..."}}; without one a password is generated under the realm policy. Answers
     * {@code {"corporateId","userId","initialPassword","expiresAt"}}.
     */
    @POST
    @Path("users/{userId}/initial-password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response resetInitialPassword(@PathParam("userId") String userId,
            Map<String, String> body) {
        Account account = managedAccount(userId);
        Invitations.InitialPassword issued;
        try {
            issued = new Invitations(session, session.getContext().getRealm()).setInitialPassword(account.entry(),
                    account.user(), body == null ? null : body.get("initialPassword"));
        } catch (Invitations.RefusedPassword e) {
            return error(Response.Status.BAD_REQUEST, "initial_password_refused", e.getMessage());
        }
        jp.houjin.keycloak.lockout.AccountUnlock.release(session, session.getContext().getRealm(), account.user());
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("corporateId", corporation.getCorporateId());
        event.put("userId", account.entry().getUserId());
        event.put("expiresAt", issued.expiresAt());
        return auditedOnce(OperationType.ACTION, event, "initialPassword", issued.password());
    }

    /** The corporation's pending invitations (no passwords), oldest first. */
    @GET
    @Path("invitations")
    @Produces(MediaType.APPLICATION_JSON)
    public Response invitations() {
        auth.users().requireView();
        CorporateDirectory directory = session.getProvider(CorporateDirectory.class);
        return Response.ok(directory.pendingInvitations(corporation).stream().map(CorporationAdminResource::describe)
                .toList()).build();
    }

    /** A new link (and mail) for a pending invitation; the previous link stops working. */
    @POST
    @Path("invitations/{invitationId}/resend")
    @Produces(MediaType.APPLICATION_JSON)
    public Response resend(@PathParam("invitationId") String invitationId) {
        auth.users().requireManage();
        Invitation invitation = pending(invitationId);
        if (invitation == null) {
            return error(Response.Status.NOT_FOUND, "invitation_not_found");
        }
        UserModel user = Invitations.keycloakUser(session, session.getContext().getRealm(), invitation.getUser());
        try {
            Invitations.Issued issued = new Invitations(session, session.getContext().getRealm())
                    .resend(invitation, user, inviter());
            return issuedResponse(issued, OperationType.ACTION);
        } catch (EmailException e) {
            return mailFailed(e);
        }
    }

    /** Revokes a pending invitation: its link and temporary password stop working. */
    @DELETE
    @Path("invitations/{invitationId}")
    public Response revoke(@PathParam("invitationId") String invitationId) {
        auth.users().requireManage();
        Invitation invitation = pending(invitationId);
        if (invitation == null) {
            return error(Response.Status.NOT_FOUND, "invitation_not_found");
        }
        new Invitations(session, session.getContext().getRealm()).revoke(invitation);
        audit(INVITATION_RESOURCE_TYPE, OperationType.DELETE, describe(invitation));
        return Response.noContent().build();
    }

    private Invitation pending(String invitationId) {
        CorporateDirectory directory = session.getProvider(CorporateDirectory.class);
        Invitation invitation = directory.findInvitation(invitationId).orElse(null);
        return invitation != null && invitation.isPending()
                && invitation.getUser().getCorporation().getId().equals(corporation.getId()) ? invitation : null;
    }

    private String inviter() {
        UserModel admin = auth.adminAuth().getUser();
        return admin == null ? "unknown" : admin.getUsername();
    }

    private Response issuedResponse(Invitations.Issued issued, OperationType operation) {
        Map<String, Object> described = describe(issued.invitation());
        audit(INVITATION_RESOURCE_TYPE, operation, described);
        Map<String, Object> result = new LinkedHashMap<>(described);
        result.put("mailSent", issued.mailSent());
        if (issued.temporaryPassword() != null) {
            result.put("temporaryPassword", issued.temporaryPassword());
        }
        result.put("temporaryPasswordExpiresAt", issued.temporaryPasswordExpiresAt());
        return Response.status(operation == OperationType.CREATE ? Response.Status.CREATED : Response.Status.OK)
                .type(MediaType.APPLICATION_JSON).entity(result).build();
    }

    private static Map<String, Object> describe(Invitation invitation) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", invitation.getId());
        out.put("corporateId", invitation.getUser().getCorporation().getCorporateId());
        out.put("userId", invitation.getUser().getUserId());
        out.put("sentTo", invitation.getSentTo());
        out.put("createdBy", invitation.getCreatedBy());
        out.put("createdAt", invitation.getCreatedAt());
        out.put("expiresAt", invitation.getExpiresAt());
        out.put("expired", invitation.getExpiresAt() <= System.currentTimeMillis());
        out.put("status", invitation.getStatus().name());
        return out;
    }

    /** The admin event of a write, on this request's path. */
    private void audit(String resourceType, OperationType operation, Object representation) {
        adminEvent.resource(resourceType).operation(operation).resourcePath(session.getContext().getUri())
                .representation(representation).success();
    }

    private Response mailFailed(EmailException e) {
        LOG.warnf("Invitation mail not sent, nothing stored: %s", e.toString());
        session.getTransactionManager().setRollbackOnly();
        return error(Response.Status.BAD_GATEWAY, "mail_not_sent", e.getMessage());
    }

    private static Response error(Response.Status status, String error) {
        return JsonError.of(status, error);
    }

    private static Response error(Response.Status status, String error, String detail) {
        return JsonError.of(status, error, Map.of("detail", detail == null ? "" : detail));
    }

    /** A directory account of this corporation with its Keycloak user. */
    private record Account(CorporateUser entry, UserModel user) {
    }

    /** For a write: the account the path names in this corporation; 404 {@code user_not_found} when there is none. */
    private Account managedAccount(String userId) {
        auth.users().requireManage();
        CorporateUser entry = directoryUser(session.getProvider(CorporateDirectory.class), corporation, userId);
        UserModel user = entry == null ? null : Invitations.keycloakUser(session, session.getContext().getRealm(), entry);
        if (user == null) {
            throw new jakarta.ws.rs.WebApplicationException(error(Response.Status.NOT_FOUND, "user_not_found"));
        }
        return new Account(entry, user);
    }

    /**
     * A secret issued once (the initial password): the admin event names what was done without the secret, the
     * answer carries it.
     */
    private Response auditedOnce(OperationType operation, Map<String, Object> event, String name, String secret) {
        audit(CorporationService.ACCESS_KEY_RESOURCE_TYPE, operation, event);
        Map<String, Object> body = new LinkedHashMap<>(event);
        body.put(name, secret);
        return Response.ok(body).build();
    }

    private static CorporateUser directoryUser(CorporateDirectory directory, Corporation corporation, String rawUserId) {
        InputNormalizer.Result login = InputNormalizer.login(rawUserId);
        return !login.ok() ? null : directory.findUser(corporation.getCorporateId(), login.value()).orElse(null);
    }

    private static Response badRequest(String error, List<? extends Map<String, String>> entries) {
        return JsonError.of(Response.Status.BAD_REQUEST, error, Map.of("invalid", entries));
    }
}
