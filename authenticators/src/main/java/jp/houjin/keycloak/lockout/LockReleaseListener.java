package jp.houjin.keycloak.lockout;

import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * The console's unlock (Users → user → 一時的にロック: off, or Realm settings → Security defenses → clear all) is an
 * admin event on Keycloak's attack-detection resource; it lifts the address locks of that user (or of every user)
 * as well, so one switch unlocks the account whatever locked it.
 */
final class LockReleaseListener implements EventListenerProvider {

    private static final String USERS_PATH = "attack-detection/brute-force/users";

    private final KeycloakSession session;

    LockReleaseListener(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public void onEvent(Event event) {
    }

    @Override
    public void onEvent(AdminEvent event, boolean includeRepresentation) {
        if (event.getResourceType() != ResourceType.USER_LOGIN_FAILURE || event.getOperationType() != OperationType.DELETE
                || event.getResourcePath() == null || !event.getResourcePath().startsWith(USERS_PATH)) {
            return;
        }
        RealmModel realm = session.realms().getRealm(event.getRealmId());
        if (realm == null) {
            return;
        }
        String rest = event.getResourcePath().substring(USERS_PATH.length());
        AddressLock.release(session, realm, rest.startsWith("/") && rest.length() > 1 ? rest.substring(1) : null);
    }

    @Override
    public void close() {
    }
}
