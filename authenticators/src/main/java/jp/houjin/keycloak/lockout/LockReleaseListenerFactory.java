package jp.houjin.keycloak.lockout;

import jp.houjin.keycloak.common.SimpleProviderFactory;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;

/** Realm settings → Events → Event listeners: {@value #ID} (realm-config adds it). */
public final class LockReleaseListenerFactory extends SimpleProviderFactory<EventListenerProvider>
        implements EventListenerProviderFactory {

    public static final String ID = "houjin-lock-release";

    public LockReleaseListenerFactory() {
        super(ID, LockReleaseListener::new);
    }
}
