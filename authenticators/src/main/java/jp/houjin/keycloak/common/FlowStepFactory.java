package jp.houjin.keycloak.common;

import java.util.List;

import org.keycloak.authentication.ConfigurableAuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderConfigProperty;

/**
 * The factory of a stateless step of an authentication flow — an authenticator or a registration-form action — of
 * which one instance serves every session: REQUIRED or DISABLED (and ALTERNATIVE where asked), configurable when it
 * has settings. Everything but what the constructor takes is the same for all of ours, so it is written once;
 * {@link SimpleAuthenticatorFactory} and {@link SimpleFormActionFactory} only name the SPI.
 */
public abstract class FlowStepFactory<T extends Provider> extends SimpleProviderFactory<T>
        implements ConfigurableAuthenticatorFactory {

    private static final AuthenticationExecutionModel.Requirement[] REQUIREMENTS = {
        AuthenticationExecutionModel.Requirement.REQUIRED, AuthenticationExecutionModel.Requirement.DISABLED};
    private static final AuthenticationExecutionModel.Requirement[] WITH_ALTERNATIVE = {
        AuthenticationExecutionModel.Requirement.REQUIRED, AuthenticationExecutionModel.Requirement.ALTERNATIVE,
        AuthenticationExecutionModel.Requirement.DISABLED};

    private final String displayType;
    private final String helpText;
    private final String referenceCategory;
    private final List<ProviderConfigProperty> configProperties;
    private final boolean alternative;

    /**
     * @param referenceCategory the credential type it checks, or null
     * @param configProperties its settings (configurable when not empty)
     * @param alternative whether it may also be ALTERNATIVE in a flow
     */
    protected FlowStepFactory(String id, String displayType, String helpText, T singleton, String referenceCategory,
            List<ProviderConfigProperty> configProperties, boolean alternative) {
        super(id, session -> singleton);
        this.displayType = displayType;
        this.helpText = helpText;
        this.referenceCategory = referenceCategory;
        this.configProperties = List.copyOf(configProperties);
        this.alternative = alternative;
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
        return referenceCategory;
    }

    @Override
    public final boolean isConfigurable() {
        return !configProperties.isEmpty();
    }

    @Override
    public final AuthenticationExecutionModel.Requirement[] getRequirementChoices() {
        return (alternative ? WITH_ALTERNATIVE : REQUIREMENTS).clone();
    }

    @Override
    public final boolean isUserSetupAllowed() {
        return false;
    }

    @Override
    public final List<ProviderConfigProperty> getConfigProperties() {
        return configProperties;
    }
}
