package jp.houjin.keycloak.directory.storage;

import jp.houjin.keycloak.directory.CorporateDirectory;
import org.keycloak.component.ComponentModel;
import org.keycloak.component.ComponentValidationException;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.storage.UserStorageProviderFactory;

/** Shown under User federation as "houjin-corporate-directory". */
public final class CorporateUserStorageProviderFactory implements UserStorageProviderFactory<CorporateUserStorageProvider> {

    public static final String ID = "houjin-corporate-directory";

    @Override
    public CorporateUserStorageProvider create(KeycloakSession session, ComponentModel model) {
        return new CorporateUserStorageProvider(session, model);
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getHelpText() {
        return "Corporate directory (法人): corporations and their users in the business database, signed in with "
                + "corporate ID + user ID or email. Usernames are <corporate ID>:<user ID>.";
    }

    @Override
    public void validateConfiguration(KeycloakSession session, RealmModel realm, ComponentModel config) {
        try {
            session.getProvider(CorporateDirectory.class).findCorporation("00000000");
        } catch (RuntimeException e) {
            throw new ComponentValidationException("The corporate directory database is not reachable: start Keycloak "
                    + "with --db-kind-directory and --db-url-full-directory (see README). Cause: " + e.getMessage());
        }
    }
}
