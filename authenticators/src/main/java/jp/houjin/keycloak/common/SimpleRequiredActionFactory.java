package jp.houjin.keycloak.common;

import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;

/** The factory of a stateless required action: one instance serves every session; only id and text differ. */
public abstract class SimpleRequiredActionFactory implements RequiredActionFactory,
        NoLifecycleProviderFactory<RequiredActionProvider> {

    private final String id;
    private final String displayText;
    private final RequiredActionProvider singleton;

    protected SimpleRequiredActionFactory(String id, String displayText, RequiredActionProvider singleton) {
        this.id = id;
        this.displayText = displayText;
        this.singleton = singleton;
    }

    @Override
    public final RequiredActionProvider create(KeycloakSession session) {
        return singleton;
    }

    @Override
    public final String getId() {
        return id;
    }

    @Override
    public final String getDisplayText() {
        return displayText;
    }
}
