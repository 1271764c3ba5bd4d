package jp.houjin.keycloak.recovery;

import jp.houjin.keycloak.common.MailLinkSignIn;
import jakarta.ws.rs.core.Response;
import jp.houjin.keycloak.directory.CorporateDirectory;
import jp.houjin.keycloak.directory.model.CorporateUser;
import jp.houjin.keycloak.directory.storage.CorporateRoleChanged;
import jp.houjin.keycloak.directory.storage.DirectoryAccounts;
import jp.houjin.keycloak.ipaccess.IpAccessCheck;
import org.keycloak.authentication.actiontoken.ActionTokenContext;
import org.keycloak.authentication.actiontoken.ExplainedTokenVerificationException;
import org.keycloak.common.VerificationException;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.keycloak.storage.StorageId;

/**
 * Opens the link of a corporate admin's recovery mail: the account must still be an active admin of an active
 * corporation, the request from inside the corporation's IP allow-list, the link unused. Then the realm's browser
 * flow runs with the admin noted in the authentication session, so the corporate sign-in form asks for 法人番号 +
 * 振込口座番号 (the second proof) and, when they match, Keycloak's update-password page follows. The link of an
 * additional admin's request (「前任者の異動など」) opens the same way for an account still waiting to confirm, and
 * leads to setting its password ({@link AdminRequests#confirm}).
 * <p>
 * As the recovery feature's one factory, it also subscribes {@link AdminRequests#roleChanged} to every change of a
 * directory user's role, so the corporation's admins hear of each one.
 */
public final class AdminRecoveryActionTokenHandler extends MailLinkSignIn<AdminRecoveryActionToken> {

    /** Auth note: the Keycloak id of the admin whose mail link opened this authentication session. */
    public static final String ADMIN_NOTE = "houjin.admin-recovery.user";

    static final String INVALID_LINK = "houjinAdminRecoveryLinkInvalid";
    static final String USED = "houjinAdminRecoveryLinkUsed";

    public AdminRecoveryActionTokenHandler() {
        super(AdminRecoveryActionToken.TOKEN_TYPE, AdminRecoveryActionToken.class, "admin_recovery_link_invalid",
                INVALID_LINK, "admin_recovery_link_used", USED);
    }

    @Override
    protected void check(AdminRecoveryActionToken token, ActionTokenContext<AdminRecoveryActionToken> tokenContext)
            throws VerificationException {
        UserModel user = tokenContext.getAuthenticationSession().getAuthenticatedUser();
        CorporateUser entry = token.isAdminRequest() ? AdminRequests.unconfirmed(tokenContext.getSession(), user)
                : admin(tokenContext, user);
        if (entry == null) {
            throw new ExplainedTokenVerificationException(token, "admin_recovery_not_allowed", INVALID_LINK);
        }
    }

    /** The directory entry of an active admin of an active corporation, found through the federation link. */
    static CorporateUser admin(ActionTokenContext<?> context, UserModel user) {
        if (!DirectoryAccounts.isCorporate(context.getRealm(), user)) {
            return null;
        }
        return context.getSession().getProvider(CorporateDirectory.class).findUserById(StorageId.externalId(user.getId()))
                .filter(u -> u.getRole() == CorporateUser.Role.ADMIN && u.maySignIn())
                .orElse(null);
    }

    @Override
    public Response handleToken(AdminRecoveryActionToken token, ActionTokenContext<AdminRecoveryActionToken> tokenContext) {
        AuthenticationSessionModel authSession = tokenContext.getAuthenticationSession();
        UserModel user = authSession.getAuthenticatedUser();
        CorporateUser entry = token.isAdminRequest() ? AdminRequests.unconfirmed(tokenContext.getSession(), user)
                : admin(tokenContext, user);
        Response denied = IpAccessCheck.refuseLink(tokenContext, entry.getCorporation());
        if (denied != null) {
            return denied;
        }
        // The admin is known only once the second proof matched (the requester once the password is set).
        authSession.setAuthNote(token.isAdminRequest() ? AdminRequests.REQUEST_NOTE : ADMIN_NOTE, user.getId());
        return browserFlow(tokenContext);
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        factory.register(event -> {
            if (event instanceof CorporateRoleChanged changed) {
                AdminRequests.roleChanged(changed);
            }
        });
    }
}
