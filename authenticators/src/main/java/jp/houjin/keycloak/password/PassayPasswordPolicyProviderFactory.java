package jp.houjin.keycloak.password;

import jp.houjin.keycloak.common.NoLifecycleProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.policy.PasswordPolicyProvider;
import org.keycloak.policy.PasswordPolicyProviderFactory;

/**
 * Adds "Houjin password rules (Passay)" under Authentication → Policies → Password policy.
 */
public final class PassayPasswordPolicyProviderFactory implements PasswordPolicyProviderFactory, NoLifecycleProviderFactory<PasswordPolicyProvider> {

    public static final String ID = "houjin-password-rules";

    @Override
    public PasswordPolicyProvider create(KeycloakSession session) {
        return new PassayPasswordPolicyProvider(session.getContext());
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayName() {
        return "Houjin password rules (Passay)";
    }

    @Override
    public String getConfigType() {
        return PasswordPolicyProvider.STRING_CONFIG_TYPE;
    }

    @Override
    public String getDefaultConfigValue() {
        return PassayPolicyConfig.DEFAULT;
    }

    @Override
    public boolean isMultiplSupported() {
        return false;
    }
}
