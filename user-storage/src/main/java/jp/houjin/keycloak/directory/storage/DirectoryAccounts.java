package jp.houjin.keycloak.directory.storage;

import jp.houjin.keycloak.directory.model.CorporateUser;
import org.keycloak.component.ComponentModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.storage.StorageId;
import org.keycloak.storage.UserStorageProvider;
import org.keycloak.storage.UserStorageProviderModel;

/** Whether a Keycloak user is a corporate account: one the corporate directory federates. */
public final class DirectoryAccounts {

    /**
     * Session attribute: while set, email lookups do not answer with directory users. Individual sign-up sets it,
     * so an address of a corporate account is as free for an individual account as any new address (and the
     * sign-up page cannot tell which addresses the directory holds).
     */
    public static final String INDIVIDUAL_SIGN_UP = "houjin.individual-sign-up";

    private DirectoryAccounts() {
    }

    public static boolean isCorporate(RealmModel realm, UserModel user) {
        if (user == null || user.getFederationLink() == null) {
            return false;
        }
        ComponentModel component = realm.getComponent(user.getFederationLink());
        return component != null && CorporateUserStorageProviderFactory.ID.equals(component.getProviderId());
    }

    /**
     * The Keycloak user of a directory entry, by its storage id: the realm's (cached) federation component names the
     * provider, so Keycloak goes straight to the directory, which answers from the entity this request already read.
     * A lookup by username would first query Keycloak's own user table and then the directory again.
     */
    public static UserModel userOf(KeycloakSession session, RealmModel realm, CorporateUser entry) {
        return realm.getComponentsStream(realm.getId(), UserStorageProvider.class.getName())
                .filter(c -> CorporateUserStorageProviderFactory.ID.equals(c.getProviderId()))
                .filter(c -> new UserStorageProviderModel(c).isEnabled())
                .findFirst()
                .map(c -> session.users().getUserById(realm, StorageId.keycloakId(c, entry.getId())))
                .orElse(null);
    }
}
