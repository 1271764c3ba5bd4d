package jp.houjin.keycloak.directory.storage;

import org.keycloak.component.ComponentModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/** Whether a Keycloak user is a corporate account: one the corporate directory federates. */
public final class DirectoryAccounts {

    private DirectoryAccounts() {
    }

    public static boolean isCorporate(RealmModel realm, UserModel user) {
        if (user == null || user.getFederationLink() == null) {
            return false;
        }
        ComponentModel component = realm.getComponent(user.getFederationLink());
        return component != null && CorporateUserStorageProviderFactory.ID.equals(component.getProviderId());
    }
}
