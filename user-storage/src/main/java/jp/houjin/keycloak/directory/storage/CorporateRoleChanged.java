package jp.houjin.keycloak.directory.storage;

import jp.houjin.keycloak.directory.model.CorporateUser;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.provider.ProviderEvent;

/**
 * Published (through {@code KeycloakSessionFactory.publish}) whenever a directory user's role in their corporation
 * changes, whoever changed it: the admin console, the admin REST, our REST or a flow. Listeners run inside the
 * transaction that made the change; whoever mails about it should do so once that transaction commits.
 */
public record CorporateRoleChanged(KeycloakSession session, RealmModel realm, UserModel user, CorporateUser entry,
        CorporateUser.Role before, CorporateUser.Role after) implements ProviderEvent {

    public boolean granted() {
        return after == CorporateUser.Role.ADMIN;
    }
}
