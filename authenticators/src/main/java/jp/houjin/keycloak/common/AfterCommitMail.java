package jp.houjin.keycloak.common;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.KeycloakContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.models.utils.UserModelDelegate;

/**
 * A mail about a change, sent once the transaction that made the change has committed (a change that rolls back
 * tells nobody), in a session of its own as Keycloak's own event mails are. A mail that cannot be sent is logged and
 * undoes nothing.
 */
public final class AfterCommitMail {

    private static final Logger LOG = Logger.getLogger(AfterCommitMail.class);

    private AfterCommitMail() {
    }

    /**
     * Mails the user {@code userId} — at {@code address} when given (e.g. the address an email change replaced),
     * else at the user's own address. Keycloak's template provider adds to the attributes, so they are copied.
     */
    public static void send(KeycloakSession session, RealmModel realm, String userId, String address, String subjectKey,
            List<Object> subjectParameters, String template, Map<String, Object> attributes) {
        KeycloakContext context = session.getContext();
        String realmId = realm.getId();
        session.getTransactionManager().enlistAfterCompletion(new AbstractKeycloakTransaction() {
            @Override
            protected void commitImpl() {
                try {
                    KeycloakModelUtils.runJobInTransaction(session.getKeycloakSessionFactory(), context, mailing -> {
                        RealmModel sameRealm = mailing.realms().getRealm(realmId);
                        UserModel user = mailing.users().getUserById(sameRealm, userId);
                        if (user == null) {
                            return;
                        }
                        UserModel to = address == null ? user : new UserModelDelegate(user) {
                            @Override
                            public String getEmail() {
                                return address;
                            }
                        };
                        try {
                            mailing.getProvider(EmailTemplateProvider.class).setRealm(sameRealm).setUser(to)
                                    .send(subjectKey, subjectParameters, template, new HashMap<>(attributes));
                        } catch (EmailException e) {
                            LOG.warnf("Mail %s to user %s not sent: %s", subjectKey, userId, e.toString());
                        }
                    });
                } catch (RuntimeException e) {
                    LOG.warnf("Mail %s to user %s not sent: %s", subjectKey, userId, e.toString());
                }
            }

            @Override
            protected void rollbackImpl() {
            }
        });
    }
}
