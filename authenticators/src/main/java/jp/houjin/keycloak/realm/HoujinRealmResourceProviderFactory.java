package jp.houjin.keycloak.realm;

import jp.houjin.keycloak.invitation.InvitationLandingResource;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

/** Registers {@code /realms/{realm}/houjin/...}: the invitation landing and the corporate admins' member API. */
public final class HoujinRealmResourceProviderFactory implements RealmResourceProviderFactory {

    public static final String ID = "houjin";

    @Override
    public RealmResourceProvider create(KeycloakSession session) {
        return new RealmResourceProvider() {
            @Override
            public Object getResource() {
                return new HoujinRealmResource(session);
            }

            @Override
            public void close() {
                // Nothing held.
            }
        };
    }

    @Override
    public void init(Config.Scope config) {
        // No options.
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        // Nothing to wire.
    }

    @Override
    public void close() {
        // Nothing held.
    }

    @Override
    public String getId() {
        return ID;
    }
}
