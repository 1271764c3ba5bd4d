package jp.houjin.keycloak.recovery;

import jakarta.ws.rs.core.Response;
import jp.houjin.keycloak.common.SingleUseLink;
import jp.houjin.keycloak.directory.CorporateDirectory;
import jp.houjin.keycloak.directory.model.CorporateUser;
import jp.houjin.keycloak.directory.storage.DirectoryAttributes;
import jp.houjin.keycloak.ipaccess.IpAccessCheck;
import org.keycloak.authentication.actiontoken.ActionTokenContext;
import org.keycloak.authentication.actiontoken.ExplainedTokenVerificationException;
import org.keycloak.common.VerificationException;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Opens the link of a password-reset mail: the account must still be allowed to sign in (active, corporation
 * active) from this address (the corporation's IP allow-list), and the link unused; then Keycloak's own
 * update-password page runs under the realm policy (which includes "not the user ID"). A used link gets its own
 * message; an expired one Keycloak's.
 */
public final class ResetPasswordActionTokenHandler extends SingleUseLink<ResetPasswordActionToken> {

    static final String INVALID_LINK = "houjinResetLinkInvalid";
    static final String USED = "houjinResetLinkUsed";

    public ResetPasswordActionTokenHandler() {
        super(ResetPasswordActionToken.TOKEN_TYPE, ResetPasswordActionToken.class, "reset_link_invalid", INVALID_LINK,
                "reset_link_used", USED);
    }

    @Override
    protected void check(ResetPasswordActionToken token, ActionTokenContext<ResetPasswordActionToken> tokenContext)
            throws VerificationException {
        CorporateUser entry = entry(tokenContext, tokenContext.getAuthenticationSession().getAuthenticatedUser());
        if (entry != null && !entry.maySignIn()) {
            throw new ExplainedTokenVerificationException(token, "user_login_suspended", INVALID_LINK);
        }
    }

    private static CorporateUser entry(ActionTokenContext<ResetPasswordActionToken> context, UserModel user) {
        String corporateId = user == null ? null : user.getFirstAttribute(DirectoryAttributes.CORPORATE_ID);
        String userId = user == null ? null : user.getFirstAttribute(DirectoryAttributes.USER_ID);
        if (corporateId == null || userId == null) {
            return null;
        }
        return context.getSession().getProvider(CorporateDirectory.class).findUser(corporateId, userId).orElse(null);
    }

    @Override
    public Response handleToken(ResetPasswordActionToken token, ActionTokenContext<ResetPasswordActionToken> tokenContext) {
        AuthenticationSessionModel authSession = tokenContext.getAuthenticationSession();
        UserModel user = authSession.getAuthenticatedUser();
        CorporateUser entry = entry(tokenContext, user);
        Response denied = entry == null ? null : IpAccessCheck.refuseLink(tokenContext, entry.getCorporation());
        if (denied != null) {
            return denied;
        }
        authSession.addRequiredAction(UserModel.RequiredAction.UPDATE_PASSWORD);
        String next = AuthenticationManager.nextRequiredAction(tokenContext.getSession(), authSession,
                tokenContext.getRequest(), tokenContext.getEvent());
        return AuthenticationManager.redirectToRequiredActions(tokenContext.getSession(), tokenContext.getRealm(),
                authSession, tokenContext.getUriInfo(), next);
    }
}
