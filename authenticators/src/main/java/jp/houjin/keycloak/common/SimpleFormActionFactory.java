package jp.houjin.keycloak.common;

import java.util.List;

import org.keycloak.authentication.FormAction;
import org.keycloak.authentication.FormActionFactory;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderConfigProperty;

/**
 * The factory of a stateless step of a registration form, without configuration, REQUIRED or DISABLED: only id,
 * name and help text differ.
 */
public abstract class SimpleFormActionFactory implements FormActionFactory, NoLifecycleProviderFactory<FormAction> {

    private static final AuthenticationExecutionModel.Requirement[] REQUIREMENTS = {
        AuthenticationExecutionModel.Requirement.REQUIRED, AuthenticationExecutionModel.Requirement.DISABLED};

    private final String id;
    private final String displayType;
    private final String helpText;
    private final FormAction singleton;

    protected SimpleFormActionFactory(String id, String displayType, String helpText, FormAction singleton) {
        this.id = id;
        this.displayType = displayType;
        this.helpText = helpText;
        this.singleton = singleton;
    }

    @Override
    public final FormAction create(KeycloakSession session) {
        return singleton;
    }

    @Override
    public final String getId() {
        return id;
    }

    @Override
    public final String getDisplayType() {
        return displayType;
    }

    @Override
    public final String getHelpText() {
        return helpText;
    }

    @Override
    public final String getReferenceCategory() {
        return null;
    }

    @Override
    public final boolean isConfigurable() {
        return false;
    }

    @Override
    public final AuthenticationExecutionModel.Requirement[] getRequirementChoices() {
        return REQUIREMENTS.clone();
    }

    @Override
    public final boolean isUserSetupAllowed() {
        return false;
    }

    @Override
    public final List<ProviderConfigProperty> getConfigProperties() {
        return List.of();
    }
}
