package jp.houjin.keycloak.rest;

import jp.houjin.keycloak.common.RealmPaths;
import jp.houjin.keycloak.invitation.InvitationSettings;
import java.net.URI;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.Urls;
import org.keycloak.services.util.ResolveRelative;

/**
 * {@code /realms/{realm}/houjin/invitation-complete}: where an invitation's sign-in ends. The browser arrives with
 * an authorization code nobody asked for (the user came from a mail, not from an application), so the code is
 * dropped here and the browser goes on to the invitation client's home page, which signs the user in through the
 * SSO session the invitation just created. Nothing is read from the request.
 */
public final class InvitationLandingResource {

    public static final String PATH = RealmPaths.INVITATION_COMPLETE;

    private final KeycloakSession session;

    public InvitationLandingResource(KeycloakSession session) {
        this.session = session;
    }

    @GET
    public Response complete() {
        return Response.seeOther(InvitationSettings.home(session, session.getContext().getRealm())).header("Cache-Control", "no-store").build();
    }

}
