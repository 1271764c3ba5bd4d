package jp.houjin.keycloak.password;

import jp.houjin.keycloak.common.SimpleProviderFactory;
import org.keycloak.policy.PasswordPolicyProvider;
import org.keycloak.policy.PasswordPolicyProviderFactory;

/**
 * Adds "Houjin password rules (Passay)" under Authentication → Policies → Password policy.
 */
public final class PassayPasswordPolicyProviderFactory extends SimpleProviderFactory<PasswordPolicyProvider>
        implements PasswordPolicyProviderFactory {

    public static final String ID = "houjin-password-rules";

    public PassayPasswordPolicyProviderFactory() {
        super(ID, session -> new PassayPasswordPolicyProvider(session.getContext()));
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
