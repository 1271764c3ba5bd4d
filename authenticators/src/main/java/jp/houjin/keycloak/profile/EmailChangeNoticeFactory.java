package jp.houjin.keycloak.profile;

import jp.houjin.keycloak.common.SimpleProviderFactory;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;

/** Realm settings → Events → Event listeners: {@value #ID} (realm-config adds it); see {@link EmailChangeNotice}. */
public final class EmailChangeNoticeFactory extends SimpleProviderFactory<EventListenerProvider>
        implements EventListenerProviderFactory {

    public static final String ID = "houjin-email-change-notice";

    public EmailChangeNoticeFactory() {
        super(ID, EmailChangeNotice::new);
    }
}
