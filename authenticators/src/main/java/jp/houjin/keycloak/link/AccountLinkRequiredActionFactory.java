package jp.houjin.keycloak.link;

import jp.houjin.keycloak.common.NoLifecycleProviderFactory;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;

public final class AccountLinkRequiredActionFactory implements RequiredActionFactory,
        NoLifecycleProviderFactory<RequiredActionProvider> {

    public static final String ID = "houjin-account-link";
    private static final RequiredActionProvider SINGLETON = new AccountLinkRequiredAction();

    @Override
    public RequiredActionProvider create(KeycloakSession session) {
        return SINGLETON;
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayText() {
        return "法人連携 (link an individual account to a corporate account; kc_action=houjin-account-link)";
    }
}
