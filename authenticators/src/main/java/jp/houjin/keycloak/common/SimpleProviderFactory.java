package jp.houjin.keycloak.common;

import java.util.function.Function;

import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.Provider;

/**
 * What every factory of ours shares: its provider id, how a provider is made for a session (a new one from the
 * session, or one stateless instance for all), and no lifecycle. A concrete factory passes both and adds only what
 * its SPI asks beyond them.
 */
public abstract class SimpleProviderFactory<T extends Provider> implements NoLifecycleProviderFactory<T> {

    private final String id;
    private final Function<KeycloakSession, ? extends T> provider;

    protected SimpleProviderFactory(String id, Function<KeycloakSession, ? extends T> provider) {
        this.id = id;
        this.provider = provider;
    }

    @Override
    public final T create(KeycloakSession session) {
        return provider.apply(session);
    }

    @Override
    public final String getId() {
        return id;
    }
}
