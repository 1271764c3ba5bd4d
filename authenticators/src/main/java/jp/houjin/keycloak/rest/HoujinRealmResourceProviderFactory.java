package jp.houjin.keycloak.rest;

import jp.houjin.keycloak.directory.CorporateDirectory;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.UserModel;
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

    /** An individual's account links go with their Keycloak account. */
    @Override
    public void postInit(KeycloakSessionFactory factory) {
        factory.register(event -> {
            if (event instanceof UserModel.UserRemovedEvent removed && removed.getUser().getFederationLink() == null) {
                removed.getKeycloakSession().getProvider(CorporateDirectory.class).unlinkIndividual(removed.getUser().getId());
            }
        });
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
