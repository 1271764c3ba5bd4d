package jp.houjin.keycloak.door;

import java.util.List;

import jp.houjin.keycloak.common.SimpleProviderFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProvider;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProviderFactory;

/**
 * Realm settings → Client policies: the profile {@code houjin-corporate-access} with this executor, applied to every
 * client by the policy of the same name (realm-config).
 */
public final class RefreshAccessExecutorFactory extends SimpleProviderFactory<ClientPolicyExecutorProvider>
        implements ClientPolicyExecutorProviderFactory {

    public static final String ID = "houjin-corporate-access";

    public RefreshAccessExecutorFactory() {
        super(ID, RefreshAccessExecutor::new);
    }

    @Override
    public String getHelpText() {
        return "Refreshes of corporate accounts' tokens pass the directory's rules again: active user and corporation, "
                + "sign-in address (and a public client's own address) inside the corporation's IP allow-list.";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return List.of();
    }
}
