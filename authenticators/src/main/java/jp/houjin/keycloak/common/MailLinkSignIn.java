package jp.houjin.keycloak.common;

import jakarta.ws.rs.core.Response;
import org.keycloak.authentication.AuthenticationProcessor;
import org.keycloak.authentication.actiontoken.ActionTokenContext;
import org.keycloak.authentication.actiontoken.DefaultActionToken;
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
public abstract class MailLinkSignIn<T extends DefaultActionToken> extends SingleUseLink<T> {

    protected MailLinkSignIn(String id, Class<T> tokenClass, String invalidEvent, String invalidMessage,
            String usedEvent, String usedMessage) {
        super(id, tokenClass, invalidEvent, invalidMessage, usedEvent, usedMessage);
    }

    /**
     * The fresh authentication session of such a link, for the client the token was issued for. Unlike
     * admin-triggered actions, the person ends signed in (an SSO session), not on an "account updated" page.
     */
    @Override
    public final AuthenticationSessionModel startFreshAuthenticationSession(T token, ActionTokenContext<T> tokenContext) {
        AuthenticationSessionModel authSession = tokenContext.createAuthenticationSessionForClient(token.getIssuedFor());
        String landing = RealmPaths.uri(tokenContext.getSession(), tokenContext.getRealm(),
                RealmPaths.INVITATION_COMPLETE).toString();
        authSession.setRedirectUri(landing);
        authSession.setClientNote(OIDCLoginProtocol.REDIRECT_URI_PARAM, landing);
        return authSession;
    }

    /** Runs the browser flow with the link's notes already set on the session; nobody is signed in yet. */
    protected static Response browserFlow(ActionTokenContext<?> tokenContext) {
        AuthenticationSessionModel authSession = tokenContext.getAuthenticationSession();
        authSession.setAuthenticatedUser(null);
        authSession.setClientNote(OIDCLoginProtocol.PROMPT_PARAM, OIDCLoginProtocol.PROMPT_VALUE_LOGIN);
        return tokenContext.processFlow(false, LoginActionsService.AUTHENTICATE_PATH,
                AuthenticationFlowResolver.resolveBrowserFlow(authSession), null, new AuthenticationProcessor());
    }
}
