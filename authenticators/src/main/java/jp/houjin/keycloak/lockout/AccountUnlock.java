package jp.houjin.keycloak.lockout;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.BruteForceProtector;

/**
 * Lifts every lock of one account, as a new temporary or initial password must: Keycloak's brute-force record
 * (temporary and permanent lockout) and the address locks of {@link AddressLock}.
 */
public final class AccountUnlock {

    private AccountUnlock() {
    }

    public static void release(KeycloakSession session, RealmModel realm, UserModel user) {
        session.loginFailures().removeUserLoginFailure(realm, user.getId());
        AddressLock.release(session, realm, user.getId());
        session.getProvider(BruteForceProtector.class).cleanUpPermanentLockout(session, realm, user);
    }
}
