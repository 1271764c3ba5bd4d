package jp.houjin.keycloak.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.houjin.keycloak.directory.CorporateDirectory;
import jp.houjin.keycloak.directory.ip.IpRanges;
import jp.houjin.keycloak.directory.model.Corporation;
import jp.houjin.keycloak.directory.text.InputNormalizer;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * {@code /admin/realms/{realm}/houjin-corporations}: a corporation's IP allow-list without SQL. Reading needs
 * view-users, writing manage-users; every write is an admin event. A request with any bad entry stores nothing and
 * answers 400 naming each bad entry.
 */
public final class CorporationsAdminResource {

    static final int MAX_ENTRIES = 20_000;
    static final String RESOURCE_TYPE = "HOUJIN_IP_ALLOW_LIST";

    private final KeycloakSession session;
    private final AdminPermissionEvaluator auth;
    private final AdminEventBuilder adminEvent;

    CorporationsAdminResource(KeycloakSession session, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent) {
        this.session = session;
        this.auth = auth;
        this.adminEvent = adminEvent.resource(RESOURCE_TYPE);
    }

    @GET
    @Path("{corporateId}/ip-allow-list")
    @Produces(MediaType.APPLICATION_JSON)
    public Response get(@PathParam("corporateId") String corporateId) {
        auth.users().requireView();
        CorporateDirectory directory = session.getProvider(CorporateDirectory.class);
        Corporation corporation = corporation(directory, corporateId);
        if (corporation == null) {
            return notFound(corporateId);
        }
        return Response.ok(new IpAllowListRepresentation(corporation.getCorporateId(), directory.ipAllowList(corporation)))
                .build();
    }

    @PUT
    @Path("{corporateId}/ip-allow-list")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response put(@PathParam("corporateId") String corporateId, IpAllowListRepresentation body) {
        auth.users().requireManage();
        CorporateDirectory directory = session.getProvider(CorporateDirectory.class);
        Corporation corporation = corporation(directory, corporateId);
        if (corporation == null) {
            return notFound(corporateId);
        }
        List<String> raw = body == null || body.getEntries() == null ? List.of() : body.getEntries();
        if (raw.size() > MAX_ENTRIES) {
            return badRequest("too_many_entries", List.of(Map.of("reason", "at most " + MAX_ENTRIES + " entries")));
        }
        List<String> normalized = new ArrayList<>();
        List<Map<String, String>> invalid = new ArrayList<>();
        for (String entry : raw) {
            IpRanges.Entry parsed = IpRanges.parse(entry);
            if (parsed.ok()) {
                normalized.add(parsed.normalized());
            } else {
                Map<String, String> problem = new LinkedHashMap<>();
                problem.put("entry", entry == null ? "" : entry);
                problem.put("reason", parsed.reason());
                invalid.add(problem);
            }
        }
        if (!invalid.isEmpty()) {
            return badRequest("invalid_entries", invalid);
        }
        directory.replaceIpAllowList(corporation, normalized);
        IpAllowListRepresentation result = new IpAllowListRepresentation(corporation.getCorporateId(),
                directory.ipAllowList(corporation));
        adminEvent.operation(OperationType.UPDATE).resourcePath(session.getContext().getUri()).representation(result)
                .success();
        return Response.ok(result).build();
    }

    private static Corporation corporation(CorporateDirectory directory, String rawId) {
        InputNormalizer.Result id = InputNormalizer.corporateId(rawId);
        return id.ok() ? directory.findCorporation(id.value()).orElse(null) : null;
    }

    private static Response notFound(String corporateId) {
        return Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON)
                .entity(Map.of("error", "corporation_not_found")).build();
    }

    private static Response badRequest(String error, List<? extends Map<String, String>> entries) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON)
                .entity(Map.of("error", error, "invalid", entries)).build();
    }
}
