package jp.houjin.keycloak.realm;

import jakarta.ws.rs.Path;
import jp.houjin.keycloak.invitation.InvitationLandingResource;
import org.keycloak.models.KeycloakSession;

/** {@code /realms/{realm}/houjin}: the invitation landing, account links and the corporate admins' member API. */
public final class HoujinRealmResource {

    private final KeycloakSession session;

    HoujinRealmResource(KeycloakSession session) {
        this.session = session;
    }

    @Path(InvitationLandingResource.PATH)
    public InvitationLandingResource invitationComplete() {
        return new InvitationLandingResource(session);
    }

    @Path(jp.houjin.keycloak.link.AccountLinksResource.PATH)
    public jp.houjin.keycloak.link.AccountLinksResource links() {
        return new jp.houjin.keycloak.link.AccountLinksResource(session);
    }

    @Path(CorporationMembersResource.PATH)
    public CorporationMembersResource corporation() {
        return new CorporationMembersResource(session);
    }
}
