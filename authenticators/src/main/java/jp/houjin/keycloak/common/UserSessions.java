package jp.houjin.keycloak.common;

import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.AuthenticationManager;

/** Ending an account's sessions when an admin takes its access away (ログイン停止, 契約停止, deletion). */
public final class UserSessions {

    private UserSessions() {
    }

    /** Every session of the user ends now, and tokens issued before stop working (as the admin console's logout). */
    public static void endAll(KeycloakSession session, RealmModel realm, UserModel user) {
        session.users().setNotBeforeForUser(realm, user, Time.currentTime());
        session.sessions().getUserSessionsStream(realm, user).toList()
                .forEach(userSession -> AuthenticationManager.backchannelLogout(session, userSession, true));
    }
}
