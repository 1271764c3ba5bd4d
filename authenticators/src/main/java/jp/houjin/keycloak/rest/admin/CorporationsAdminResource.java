package jp.houjin.keycloak.rest.admin;

import java.util.Map;
import java.util.function.Supplier;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.houjin.keycloak.corporation.CorporationRefusal;
import jp.houjin.keycloak.corporation.CorporationService;
import jp.houjin.keycloak.corporation.CorporationSummary;
import jp.houjin.keycloak.corporation.NewCorporation;
import jp.houjin.keycloak.directory.CorporateDirectory;
import jp.houjin.keycloak.directory.model.Corporation;
import jp.houjin.keycloak.directory.text.InputNormalizer;
import jp.houjin.keycloak.rest.JsonError;
import org.keycloak.models.KeycloakSession;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * {@code /admin/realms/{realm}/houjin-corporations}: the operators' root — 法人一覧 (search, status filter, count,
 * paging in the database) and 法人登録. {@code {corporateId}} is resolved here, once, after the caller was found to
 * hold at least view-users (so a stranger learns nothing of which corporations exist); an unknown one answers 404
 * {@code {"error":"corporation_not_found"}}. Reading needs view-users, writing manage-users, both through Keycloak's
 * admin permission evaluator; the rules and admin events are {@link CorporationService}'s, the same as the pages'.
 */
public final class CorporationsAdminResource {

    private final KeycloakSession session;
    private final AdminPermissionEvaluator auth;
    private final AdminEventBuilder adminEvent;

    CorporationsAdminResource(KeycloakSession session, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent) {
        this.session = session;
        this.auth = auth;
        this.adminEvent = adminEvent;
    }

    /** 法人一覧: {@code search} (法人ID, name, kana, 法人番号), {@code status} (active / suspended / pending), paging. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response list(@QueryParam("search") String search, @QueryParam("status") String status,
            @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("max") @DefaultValue("" + CorporationService.DEFAULT_PAGE) int max) {
        auth.users().requireView();
        return answer(() -> Response.ok(service().list(search, CorporationSummary.parseStatus("status", status), first, max))
                .build());
    }

    /** How many corporations match, without the page ({@code {"total": n}}). */
    @GET
    @Path("count")
    @Produces(MediaType.APPLICATION_JSON)
    public Response count(@QueryParam("search") String search, @QueryParam("status") String status) {
        auth.users().requireView();
        return answer(() -> Response.ok(Map.of("total", service().list(search,
                CorporationSummary.parseStatus("status", status), 0, 1).total())).build());
    }

    /** 法人登録: answers 201 with the corporation (its assigned 法人ID when none was given). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(NewCorporation body) {
        auth.users().requireManage();
        NewCorporation input = body == null ? new NewCorporation(null, null, null, null, null) : body;
        return answer(() -> Response.status(Response.Status.CREATED).entity(service().create(input)).build());
    }

    @Path("{corporateId}")
    public CorporationAdminResource corporation(@PathParam("corporateId") String corporateId) {
        auth.users().requireView();
        InputNormalizer.Result id = InputNormalizer.corporateId(corporateId);
        Corporation corporation = id.ok()
                ? session.getProvider(CorporateDirectory.class).findCorporation(id.value()).orElse(null) : null;
        if (corporation == null) {
            throw new NotFoundException(JsonError.of(Response.Status.NOT_FOUND, "corporation_not_found"));
        }
        return new CorporationAdminResource(session, auth, adminEvent, corporation);
    }

    private CorporationService service() {
        return new CorporationService(session, auth.adminAuth());
    }

    /** Runs an operation, or answers its refusal in the one JSON error shape. */
    static Response answer(Supplier<Response> operation) {
        try {
            return operation.get();
        } catch (CorporationRefusal refusal) {
            Response.Status status = Response.Status.fromStatusCode(refusal.reason().status());
            return refusal.fieldErrors().isEmpty() ? JsonError.of(status, refusal.reason().code())
                    : JsonError.of(status, refusal.reason().code(), Map.of("invalid", refusal.fieldErrors()));
        }
    }
}
