package jp.houjin.keycloak.door;

import jp.houjin.keycloak.common.StatelessAuthenticator;
import jp.houjin.keycloak.directory.storage.DirectoryAccounts;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.browser.AbstractUsernameFormAuthenticator;
import org.keycloak.events.Details;
import org.keycloak.models.UserModel;

/**
 * After Keycloak's "choose user" step of the reset-credentials flow: a corporate account is treated as an unknown
 * one (Keycloak then shows its usual 「メールを送信しました」 and sends nothing), so this flow never changes a
 * directory password nor signs a corporate user in. Corporate users recover through 「パスワードを忘れた方」 on the
 * corporate form, which checks the allow-list and the account's state.
 */
final class ResetCredentialsCorporateRefusal extends StatelessAuthenticator {

    static final String EVENT_ERROR = "corporate_account_reset_credentials";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        UserModel user = context.getUser();
        if (DirectoryAccounts.isCorporate(context.getRealm(), user)) {
            context.getEvent().clone().detail(Details.USERNAME, user.getUsername()).user(user).error(EVENT_ERROR);
            context.getAuthenticationSession().removeAuthNote(AbstractUsernameFormAuthenticator.ATTEMPTED_USERNAME);
            context.clearUser();
        }
        context.success();
    }


    @Override
    public boolean requiresUser() {
        return false;
    }
}
