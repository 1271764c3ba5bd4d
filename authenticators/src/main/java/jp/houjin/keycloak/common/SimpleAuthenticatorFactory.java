package jp.houjin.keycloak.common;

import java.util.List;

import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.provider.ProviderConfigProperty;

/** The factory of a stateless authenticator ({@link FlowStepFactory}). */
public abstract class SimpleAuthenticatorFactory extends FlowStepFactory<Authenticator> implements AuthenticatorFactory {

    protected SimpleAuthenticatorFactory(String id, String displayType, String helpText, Authenticator singleton) {
        this(id, displayType, helpText, singleton, null, List.of(), false);
    }

    protected SimpleAuthenticatorFactory(String id, String displayType, String helpText, Authenticator singleton,
            String referenceCategory, List<ProviderConfigProperty> configProperties, boolean alternative) {
        super(id, displayType, helpText, singleton, referenceCategory, configProperties, alternative);
    }
}
