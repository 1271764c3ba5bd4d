package jp.houjin.keycloak.door;

import jp.houjin.keycloak.directory.CorporateDirectory;
import jp.houjin.keycloak.directory.model.CorporateUser;
import jp.houjin.keycloak.directory.storage.DirectoryAccounts;
import jp.houjin.keycloak.ipaccess.IpAccessCheck;
import org.keycloak.OAuthErrorException;
import org.keycloak.models.AuthenticatedClientSessionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.representations.idm.ClientPolicyExecutorConfigurationRepresentation;
import org.keycloak.services.clientpolicy.ClientPolicyContext;
import org.keycloak.services.clientpolicy.ClientPolicyEvent;
import org.keycloak.services.clientpolicy.ClientPolicyException;
import org.keycloak.services.clientpolicy.context.TokenRefreshResponseContext;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProvider;
import org.keycloak.storage.StorageId;

/**
 * A refresh of a corporate account's tokens passes the same rules as its sign-in, read afresh from the directory:
 * the user and the corporation must still be active, and the address the session signed in from must still be in the
 * corporation's IP allow-list (a list changed after sign-in governs the next refresh). A public client refreshes
 * from the user's own browser, so its current address must be in the list too; a confidential client refreshes from
 * the portal's server, whose address says nothing about the user. Refused refreshes answer 400 invalid_grant.
 */
final class RefreshAccessExecutor implements ClientPolicyExecutorProvider<ClientPolicyExecutorConfigurationRepresentation> {

    static final String DETAIL = "corporate_access_restricted";

    private final KeycloakSession session;

    RefreshAccessExecutor(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public void executeOnEvent(ClientPolicyContext context) throws ClientPolicyException {
        if (context.getEvent() != ClientPolicyEvent.TOKEN_REFRESH_RESPONSE) {
            return;
        }
        AuthenticatedClientSessionModel clientSession = ((TokenRefreshResponseContext) context).getClientSession();
        UserSessionModel userSession = clientSession.getUserSession();
        UserModel user = userSession.getUser();
        RealmModel realm = session.getContext().getRealm();
        if (!DirectoryAccounts.isCorporate(realm, user)) {
            return;
        }
        CorporateDirectory directory = session.getProvider(CorporateDirectory.class);
        CorporateUser entry = directory.findUserById(StorageId.externalId(user.getId())).orElse(null);
        if (entry == null || !entry.maySignIn()) {
            throw refused();
        }
        if (!IpAccessCheck.allowsAddress(session, directory, entry.getCorporation(), userSession.getIpAddress())) {
            throw refused();
        }
        if (clientSession.getClient().isPublicClient() && !IpAccessCheck.allows(session, directory, entry.getCorporation())) {
            throw refused();
        }
    }

    private static ClientPolicyException refused() {
        return new ClientPolicyException(OAuthErrorException.INVALID_GRANT, DETAIL);
    }

    @Override
    public String getProviderId() {
        return RefreshAccessExecutorFactory.ID;
    }
}
