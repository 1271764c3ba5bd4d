package jp.houjin.keycloak.profile;

import jp.houjin.keycloak.common.NoLifecycleProviderFactory;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;

public final class ProfileCompletionRequiredActionFactory implements RequiredActionFactory,
        NoLifecycleProviderFactory<RequiredActionProvider> {

    public static final String ID = "houjin-profile-completion";
    private static final RequiredActionProvider SINGLETON = new ProfileCompletionRequiredAction();

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
        return "ユーザー登録 (profile completion: group, names, kana, new password)";
    }
}
