package jp.houjin.keycloak.login;

import jp.houjin.keycloak.common.SimpleAuthenticatorFactory;
import jp.houjin.keycloak.ipaccess.IpAccessConfig;
import org.keycloak.models.credential.PasswordCredentialModel;

/**
 * The corporate sign-in form ({@value #ID}); its configuration is the IP allow-list's (always-allowed networks,
 * dry run), which the form checks before any password.
 */
public final class CorporateLoginFormAuthenticatorFactory extends SimpleAuthenticatorFactory {

    public static final String ID = "houjin-corporate-login-form";

    public CorporateLoginFormAuthenticatorFactory() {
        super(ID, "Corporate ID login form (法人ID)",
                "Sign-in with corporate ID + user ID or email + password against the corporate directory, with a tab "
                        + "for individual accounts (email + password).",
                new CorporateLoginFormAuthenticator(), PasswordCredentialModel.TYPE, IpAccessConfig.properties(), true);
    }
}
