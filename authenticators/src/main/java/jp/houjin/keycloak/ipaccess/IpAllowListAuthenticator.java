package jp.houjin.keycloak.ipaccess;

import jp.houjin.keycloak.common.StatelessAuthenticator;
import jp.houjin.keycloak.directory.CorporateDirectory;
import jp.houjin.keycloak.directory.storage.DirectoryAttributes;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.models.UserModel;

/**
 * The allow-list once more after the user is known, whichever way they got there: placed after the cookie and the
 * forms, it stops an SSO cookie from signing a user in from outside the corporation's networks.
 */
final class IpAllowListAuthenticator extends StatelessAuthenticator {

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        UserModel user = context.getUser();
        String corporateId = user == null ? null : user.getFirstAttribute(DirectoryAttributes.CORPORATE_ID);
        if (corporateId == null || IpAccessCheck.alreadyPassed(context, corporateId)) {
            context.success();
            return;
        }
        CorporateDirectory directory = context.getSession().getProvider(CorporateDirectory.class);
        boolean allowed = directory.findCorporation(corporateId)
                .map(c -> IpAccessCheck.allow(context, directory, c)).orElse(true);
        if (allowed) {
            context.success();
        }
    }


    @Override
    public boolean requiresUser() {
        return true;
    }
}
