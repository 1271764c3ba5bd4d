package jp.houjin.keycloak.common;

import jp.houjin.keycloak.directory.CorporateDirectory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/** A feature's work on the corporate directory within one request: the session, its realm, the directory. */
public abstract class DirectoryWork {

    protected final KeycloakSession session;
    protected final RealmModel realm;
    protected final CorporateDirectory directory;

    protected DirectoryWork(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        this.directory = session.getProvider(CorporateDirectory.class);
    }
}
