package jp.houjin.keycloak.invitation;

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

    public static final String PATH = "invitation-complete";

    private final KeycloakSession session;

    public InvitationLandingResource(KeycloakSession session) {
        this.session = session;
    }

    public static URI uri(KeycloakSession session, RealmModel realm) {
        return session.getContext().getUri().getBaseUriBuilder().path("realms").path(realm.getName())
                .path(jp.houjin.keycloak.realm.HoujinRealmResourceProviderFactory.ID).path(PATH).build();
    }

    @GET
    public Response complete() {
        return Response.seeOther(home(session, session.getContext().getRealm())).header("Cache-Control", "no-store").build();
    }

    /** The home page of the realm's invitation client ({@code houjinInvitationClientId}), or the account console. */
    public static URI home(KeycloakSession session, RealmModel realm) {
        ClientModel client = realm.getClientByClientId(InvitationSettings.of(realm).clientId());
        String home = client == null ? null : ResolveRelative.resolveRelativeUri(session, client.getRootUrl(),
                client.getBaseUrl());
        return home == null || home.isBlank()
                ? Urls.accountBase(session.getContext().getUri().getBaseUri()).path("/").build(realm.getName())
                : URI.create(home);
    }
}
