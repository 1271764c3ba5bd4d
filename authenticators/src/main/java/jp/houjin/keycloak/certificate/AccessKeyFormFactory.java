package jp.houjin.keycloak.certificate;

import java.util.List;

import jp.houjin.keycloak.common.NoLifecycleProviderFactory;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.provider.ProviderConfigProperty;

/** アクセスキー + パスワード after the client certificate (seed 003); see {@link AccessKeyForm}. */
public final class AccessKeyFormFactory implements AuthenticatorFactory, NoLifecycleProviderFactory<Authenticator> {

    public static final String ID = "houjin-access-key-form";
    private static final Authenticator SINGLETON = new AccessKeyForm();

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
        return "Access key + password (アクセスキー)";
    }

    @Override
    public String getHelpText() {
        return "After the client certificate: the corporation's 8-digit access key and the password of the account the "
                + "certificate maps to; one message for every mismatch; initial passwords expire and must be changed.";
    }

    @Override
    public String getReferenceCategory() {
        return PasswordCredentialModel.TYPE;
    }

    @Override
    public boolean isConfigurable() {
        return false;
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
        return List.of();
    }
}
