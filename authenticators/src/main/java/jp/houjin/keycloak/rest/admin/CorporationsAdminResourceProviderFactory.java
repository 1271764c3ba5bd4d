package jp.houjin.keycloak.rest.admin;

import jp.houjin.keycloak.common.NoLifecycleProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProvider;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProviderFactory;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

public final class CorporationsAdminResourceProviderFactory implements AdminRealmResourceProviderFactory, NoLifecycleProviderFactory<AdminRealmResourceProvider>,
        AdminRealmResourceProvider {

    public static final String ID = "houjin-corporations";

    @Override
    public AdminRealmResourceProvider create(KeycloakSession session) {
        return this;
    }

    @Override
    public Object getResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth,
            AdminEventBuilder adminEvent) {
        return new CorporationsAdminResource(session, auth, adminEvent);
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public void close() {
        // Both the factory and its (stateless) provider: nothing to release.
    }
}
