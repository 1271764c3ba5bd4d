package jp.houjin.keycloak.door;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.houjin.keycloak.common.StatelessAuthenticator;
import jp.houjin.keycloak.directory.storage.DirectoryAccounts;
import org.keycloak.OAuth2Constants;
import org.keycloak.OAuthErrorException;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.authenticators.util.AuthenticatorUtils;
import org.keycloak.events.Details;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.representations.idm.OAuth2ErrorRepresentation;

/**
 * First step of the realm's direct grant flow: a corporate account never gets a token by password grant, whatever
 * client asks. It answers exactly as Keycloak answers an unknown user (400 invalid_grant "Invalid user
 * credentials", after one dummy hash under the realm's policy), before Keycloak's username step has named the
 * account, so a guess through this door is not counted toward the account's lockout either.
 */
final class DirectGrantCorporateRefusal extends StatelessAuthenticator {

    static final String EVENT_ERROR = "corporate_account_direct_grant";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        String username = context.getHttpRequest().getDecodedFormParameters().getFirst(OAuth2Constants.USERNAME);
        UserModel user = null;
        if (username != null && !username.isBlank()) {
            try {
                user = KeycloakModelUtils.findUserByNameOrEmail(context.getSession(), context.getRealm(), username.strip());
            } catch (ModelDuplicateException e) {
                user = null; // Keycloak's own username step answers this case.
            }
        }
        if (!DirectoryAccounts.isCorporate(context.getRealm(), user)) {
            context.success();
            return;
        }
        AuthenticatorUtils.dummyHash(context);
        context.getEvent().detail(Details.USERNAME, username).user(user).error(EVENT_ERROR);
        Response response = Response.status(Response.Status.BAD_REQUEST)
                .entity(new OAuth2ErrorRepresentation(OAuthErrorException.INVALID_GRANT, "Invalid user credentials"))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
        context.failure(AuthenticationFlowError.INVALID_USER, response);
    }


    @Override
    public boolean requiresUser() {
        return false;
    }
}
