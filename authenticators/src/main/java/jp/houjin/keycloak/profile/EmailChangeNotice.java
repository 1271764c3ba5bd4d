package jp.houjin.keycloak.profile;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jp.houjin.keycloak.common.AfterCommitMail;
import jp.houjin.keycloak.common.PortalTime;
import org.keycloak.events.Details;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventType;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * Realm settings → Events → Event listeners: {@code houjin-email-change-notice} (realm-config adds it). A user's own email change goes
 * through Keycloak's update-email action (realm-config enables it, so the account console and the account API
 * cannot set the address directly) and takes effect only when the new address opens the mailed link; this listener
 * then tells the old address, so an unnoticed change — and where reset mails now go — does not stay unnoticed.
 */
final class EmailChangeNotice implements EventListenerProvider {

    static final String TEMPLATE = "houjin-email-changed.ftl";
    static final String SUBJECT = "houjinEmailChangedSubject";

    private final KeycloakSession session;

    EmailChangeNotice(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public void onEvent(Event event) {
        if (event.getType() != EventType.UPDATE_EMAIL || event.getDetails() == null || event.getUserId() == null) {
            return;
        }
        String previous = event.getDetails().get(Details.PREVIOUS_EMAIL);
        String updated = event.getDetails().get(Details.UPDATED_EMAIL);
        if (previous == null || previous.isBlank() || previous.equalsIgnoreCase(updated)) {
            return;
        }
        RealmModel realm = session.realms().getRealm(event.getRealmId());
        if (realm == null) {
            return;
        }
        AfterCommitMail.send(session, realm, event.getUserId(), previous, SUBJECT, List.of(), TEMPLATE, Map.of(
                "previousEmail", previous, "newEmail", updated == null ? "" : updated,
                "time", PortalTime.format(Instant.ofEpochMilli(event.getTime())),
                "address", event.getIpAddress() == null ? "" : event.getIpAddress()));
    }

    @Override
    public void onEvent(AdminEvent event, boolean includeRepresentation) {
    }

    @Override
    public void close() {
    }
}
