package jp.houjin.keycloak.common;

import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;

/** The factory of a stateless required action: one instance serves every session; only id and text differ. */
public abstract class SimpleRequiredActionFactory extends SimpleProviderFactory<RequiredActionProvider>
        implements RequiredActionFactory {

    private final String displayText;

    protected SimpleRequiredActionFactory(String id, String displayText, RequiredActionProvider singleton) {
        super(id, session -> singleton);
        this.displayText = displayText;
    }

    @Override
    public final String getDisplayText() {
        return displayText;
    }
}
