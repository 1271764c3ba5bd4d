package jp.houjin.keycloak.ipaccess;

import jp.houjin.keycloak.common.NoLifecycleProviderFactory;
import java.util.List;

import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderConfigProperty;

public final class IpAllowListAuthenticatorFactory implements AuthenticatorFactory, NoLifecycleProviderFactory<Authenticator> {

    public static final String ID = "houjin-ip-allow-list";
    private static final Authenticator SINGLETON = new IpAllowListAuthenticator();

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
        return "Corporate IP allow-list check";
    }

    @Override
    public String getHelpText() {
        return "Refuses a signed-in corporate user whose address is outside the corporation's IP allow-list. "
                + "Put it REQUIRED after the cookie and the forms so that an SSO cookie cannot bypass the list.";
    }

    @Override
    public String getReferenceCategory() {
        return null;
    }

    @Override
    public boolean isConfigurable() {
        return true;
    }

    @Override
    public AuthenticationExecutionModel.Requirement[] getRequirementChoices() {
        return new AuthenticationExecutionModel.Requirement[] {AuthenticationExecutionModel.Requirement.REQUIRED,
                AuthenticationExecutionModel.Requirement.DISABLED};
    }

    @Override
    public boolean isUserSetupAllowed() {
        return false;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return IpAccessConfig.PROPERTIES;
    }
}
