package jp.houjin.keycloak.common;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.UserModelDelegate;

/** A mail about a change, sent {@link AfterCommit after the change commits}. */
public final class AfterCommitMail {

    private static final Logger LOG = Logger.getLogger(AfterCommitMail.class);

    private AfterCommitMail() {
    }

    /**
     * Mails the user {@code userId} — at {@code address} when given (e.g. the address an email change replaced),
     * else at the user's own address.
     */
    public static void send(KeycloakSession session, RealmModel realm, String userId, String address, String subjectKey,
            List<Object> subjectParameters, String template, Map<String, Object> attributes) {
        String realmId = realm.getId();
        AfterCommit.run(session, "mail " + subjectKey, mailing -> {
            RealmModel sameRealm = mailing.realms().getRealm(realmId);
            UserModel user = mailing.users().getUserById(sameRealm, userId);
            if (user != null) {
                UserModel to = address == null ? user : new UserModelDelegate(user) {
                    @Override
                    public String getEmail() {
                        return address;
                    }
                };
                sendNow(mailing, sameRealm, to, subjectKey, subjectParameters, template, attributes);
            }
        });
    }

    /**
     * Sends at once (for work already running after commit). Keycloak's template provider adds to the attributes, so
     * they are copied; a mail that cannot be sent is logged.
     */
    public static void sendNow(KeycloakSession session, RealmModel realm, UserModel to, String subjectKey,
            List<Object> subjectParameters, String template, Map<String, Object> attributes) {
        try {
            session.getProvider(EmailTemplateProvider.class).setRealm(realm).setUser(to)
                    .send(subjectKey, subjectParameters, template, new HashMap<>(attributes));
        } catch (EmailException e) {
            LOG.warnf("Mail %s to user %s not sent: %s", subjectKey, to.getId(), e.toString());
        }
    }
}
