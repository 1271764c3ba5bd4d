package jp.houjin.keycloak.invitation;

import jp.houjin.keycloak.common.MailLinkSignIn;
import java.util.Optional;

import jakarta.ws.rs.core.Response;
import jp.houjin.keycloak.directory.CorporateDirectory;
import jp.houjin.keycloak.directory.model.Invitation;
import jp.houjin.keycloak.directory.storage.DirectoryAttributes;
import org.keycloak.authentication.actiontoken.ActionTokenContext;
import org.keycloak.authentication.actiontoken.ExplainedTokenVerificationException;
import org.keycloak.common.VerificationException;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.keycloak.utils.StringUtil;

/**
 * Opens the link of an invitation mail: checks the invitation in the directory (pending, not expired, for this
 * user), then starts the realm's browser flow with the invitation noted in the authentication session, so the
 * corporate sign-in form shows the ユーザー認証 page (法人ID, ユーザーIDまたはメールアドレス, 仮パスワード, 利用規約).
 * Keycloak remembers the used token cluster-wide once the flow ends; the directory marks the invitation redeemed.
 */
public final class InvitationActionTokenHandler extends MailLinkSignIn<InvitationActionToken> {

    /** Auth note: the invitation this authentication session redeems. */
    public static final String INVITATION_NOTE = "houjin.invitation";
    /** Auth note: the Keycloak id of the invited user; the account entered on the page must be this one. */
    public static final String INVITED_USER_NOTE = "houjin.invitation.user";

    static final String INVALID_LINK = "houjinInvitationLinkInvalid";
    static final String EXPIRED = "houjinInvitationExpired";
    static final String USED = "houjinInvitationUsed";
    static final String EVENT_EXPIRED = "invitation_expired";
    static final String EVENT_NOT_PENDING = "invitation_not_pending";

    public InvitationActionTokenHandler() {
        super(InvitationActionToken.TOKEN_TYPE, InvitationActionToken.class, "invitation_link_invalid", INVALID_LINK,
                null, null);
    }

    @Override
    protected void check(InvitationActionToken token, ActionTokenContext<InvitationActionToken> tokenContext)
            throws VerificationException {
        Invitation invitation = invitation(tokenContext, token).orElse(null);
        UserModel user = tokenContext.getAuthenticationSession().getAuthenticatedUser();
        if (invitation == null || user == null || !user.getUsername().equals(DirectoryAttributes.username(
                invitation.getUser().getCorporation().getCorporateId(), invitation.getUser().getUserId()))) {
            throw new ExplainedTokenVerificationException(token, "invitation_link_invalid", INVALID_LINK);
        }
        if (invitation.getStatus() == Invitation.Status.REDEEMED) {
            throw new ExplainedTokenVerificationException(token, EVENT_NOT_PENDING, USED);
        }
        if (!invitation.isPending()) {
            throw new ExplainedTokenVerificationException(token, EVENT_NOT_PENDING, INVALID_LINK);
        }
        if (invitation.getExpiresAt() <= System.currentTimeMillis()) {
            throw new ExplainedTokenVerificationException(token, EVENT_EXPIRED, EXPIRED);
        }
    }

    private static Optional<Invitation> invitation(ActionTokenContext<InvitationActionToken> context,
            InvitationActionToken token) {
        if (StringUtil.isBlank(token.getInvitationId())) {
            return Optional.empty();
        }
        return context.getSession().getProvider(CorporateDirectory.class).findInvitation(token.getInvitationId());
    }

    @Override
    public Response handleToken(InvitationActionToken token, ActionTokenContext<InvitationActionToken> tokenContext) {
        AuthenticationSessionModel authSession = tokenContext.getAuthenticationSession();
        authSession.setAuthNote(INVITATION_NOTE, token.getInvitationId());
        authSession.setAuthNote(INVITED_USER_NOTE, authSession.getAuthenticatedUser().getId());
        // The user is known only once they proved it on the page (temporary password); until then the pages show
        // nobody's name and the flow treats the session as anonymous.
        tokenContext.getEvent().detail("invitation_id", token.getInvitationId());
        return browserFlow(tokenContext);
    }
}
