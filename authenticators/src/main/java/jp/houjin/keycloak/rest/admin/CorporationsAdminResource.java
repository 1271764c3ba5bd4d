package jp.houjin.keycloak.rest.admin;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jp.houjin.keycloak.directory.CorporateDirectory;
import jp.houjin.keycloak.directory.model.Corporation;
import jp.houjin.keycloak.directory.text.InputNormalizer;
import jp.houjin.keycloak.rest.JsonError;
import org.keycloak.models.KeycloakSession;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * {@code /admin/realms/{realm}/houjin-corporations}: the operators' root. {@code {corporateId}} is resolved here,
 * once, after the caller was found to hold at least view-users (so a stranger learns nothing of which corporations
 * exist); an unknown one answers 404 {@code {"error":"corporation_not_found"}}.
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
}
