package jp.houjin.keycloak.login;

import jp.houjin.keycloak.common.NoLifecycleProviderFactory;
import java.util.List;

import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.provider.ProviderConfigProperty;
import jp.houjin.keycloak.ipaccess.IpAccessConfig;

public final class CorporateLoginFormAuthenticatorFactory implements AuthenticatorFactory, NoLifecycleProviderFactory<Authenticator> {

    public static final String ID = "houjin-corporate-login-form";
    private static final Authenticator SINGLETON = new CorporateLoginFormAuthenticator();

    @Override
    public Authenticator create(KeycloakSession session) {
        return SINGLETON;
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayType() {
        return "Corporate ID login form (法人ID)";
    }

    @Override
    public String getHelpText() {
        return "Sign-in with corporate ID + user ID or email + password against the corporate directory, with a tab "
                + "for individual accounts (email + password).";
    }

    @Override
    public String getReferenceCategory() {
        return PasswordCredentialModel.TYPE;
    }

    @Override
    public boolean isConfigurable() {
        return true;
    }

    @Override
    public AuthenticationExecutionModel.Requirement[] getRequirementChoices() {
        return new AuthenticationExecutionModel.Requirement[] {AuthenticationExecutionModel.Requirement.REQUIRED,
                AuthenticationExecutionModel.Requirement.ALTERNATIVE, AuthenticationExecutionModel.Requirement.DISABLED};
    }

    @Override
    public boolean isUserSetupAllowed() {
        return false;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return IpAccessConfig.properties();
    }
}
