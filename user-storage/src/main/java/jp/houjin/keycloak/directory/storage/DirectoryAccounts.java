package jp.houjin.keycloak.directory.storage;

import org.keycloak.component.ComponentModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

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
}
