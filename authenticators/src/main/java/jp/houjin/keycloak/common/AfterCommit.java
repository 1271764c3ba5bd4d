package jp.houjin.keycloak.common;

import org.jboss.logging.Logger;
import org.keycloak.common.ClientConnection;
import org.keycloak.http.HttpRequest;
import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.KeycloakContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionTask;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * Work about a change — mostly mails — that runs once the transaction that made the change has committed (a change
 * that rolls back tells nobody), in a session and transaction of its own, as Keycloak's own event mails do. It reads
 * only committed data and never flushes the caller's half-done work. A failure is logged and undoes nothing.
 */
public final class AfterCommit {

    private static final Logger LOG = Logger.getLogger(AfterCommit.class);

    private AfterCommit() {
    }

    public static void run(KeycloakSession session, String what, KeycloakSessionTask task) {
        KeycloakContext context = session.getContext();
        HttpRequest request = context.getHttpRequest();
        ClientConnection connection = context.getConnection();
        session.getTransactionManager().enlistAfterCompletion(new AbstractKeycloakTransaction() {
            @Override
            protected void commitImpl() {
                try {
                    KeycloakModelUtils.runJobInTransaction(session.getKeycloakSessionFactory(), context, later -> {
                        // Links in the mails are built on this request's base URI, as in Keycloak's event mails.
                        later.getContext().setHttpRequest(request);
                        later.getContext().setConnection(connection);
                        task.run(later);
                    });
                } catch (RuntimeException e) {
                    LOG.warnf("After commit, %s failed: %s", what, e.toString());
                }
            }

            @Override
            protected void rollbackImpl() {
            }
        });
    }
}
