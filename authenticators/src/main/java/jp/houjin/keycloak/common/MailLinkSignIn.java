package jp.houjin.keycloak.common;

import jakarta.ws.rs.core.Response;
import org.keycloak.authentication.AuthenticationProcessor;
import org.keycloak.authentication.actiontoken.ActionTokenContext;
import org.keycloak.models.utils.AuthenticationFlowResolver;
import org.keycloak.protocol.oidc.OIDCLoginProtocol;
import org.keycloak.services.resources.LoginActionsService;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * A mail link that leads into the realm's browser flow (invitation, admin recovery, additional admin): no
 * application asked for this sign-in, so it ends on the landing endpoint ({@link RealmPaths#INVITATION_COMPLETE}),
 * which drops the code and sends the browser to the client's home page; and the person is known only once the
 * page's own proof passed, so the session starts anonymous and an SSO cookie cannot stand in for them.
 */
public final class MailLinkSignIn {

    private MailLinkSignIn() {
    }

    /** The fresh authentication session of such a link, for the client the token was issued for. */
    public static AuthenticationSessionModel startSession(ActionTokenContext<?> tokenContext, String clientId) {
        AuthenticationSessionModel authSession = tokenContext.createAuthenticationSessionForClient(clientId);
        String landing = RealmPaths.uri(tokenContext.getSession(), tokenContext.getRealm(),
                RealmPaths.INVITATION_COMPLETE).toString();
        authSession.setRedirectUri(landing);
        authSession.setClientNote(OIDCLoginProtocol.REDIRECT_URI_PARAM, landing);
        return authSession;
    }

    /** Runs the browser flow with the link's notes already set on the session; nobody is signed in yet. */
    public static Response browserFlow(ActionTokenContext<?> tokenContext) {
        AuthenticationSessionModel authSession = tokenContext.getAuthenticationSession();
        authSession.setAuthenticatedUser(null);
        authSession.setClientNote(OIDCLoginProtocol.PROMPT_PARAM, OIDCLoginProtocol.PROMPT_VALUE_LOGIN);
        return tokenContext.processFlow(false, LoginActionsService.AUTHENTICATE_PATH,
                AuthenticationFlowResolver.resolveBrowserFlow(authSession), null, new AuthenticationProcessor());
    }
}
