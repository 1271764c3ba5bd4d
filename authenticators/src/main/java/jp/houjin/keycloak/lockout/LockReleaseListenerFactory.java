package jp.houjin.keycloak.lockout;

import jp.houjin.keycloak.common.NoLifecycleProviderFactory;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.models.KeycloakSession;

/** Realm settings → Events → Event listeners: {@value #ID} (realm-config adds it). */
public final class LockReleaseListenerFactory implements EventListenerProviderFactory,
        NoLifecycleProviderFactory<EventListenerProvider> {

    public static final String ID = "houjin-lock-release";

    @Override
    public EventListenerProvider create(KeycloakSession session) {
        return new LockReleaseListener(session);
    }

    @Override
    public String getId() {
        return ID;
    }
}
