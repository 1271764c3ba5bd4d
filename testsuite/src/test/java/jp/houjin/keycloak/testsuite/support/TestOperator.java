package jp.houjin.keycloak.testsuite.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import jp.houjin.keycloak.testsuite.server.AdminApi;

/**
 * An operator of the portal for a test class: a plain (individual) account of the realm, email
 * {@code <name>@example.com}, holding the given roles of the realm's {@code realm-management} client (view-users,
 * manage-users), as an administrator would grant them under Users → Role mapping. Removed afterwards.
 */
public final class TestOperator implements AutoCloseable {

    private final AdminApi admin;
    private final String name;
    private final String id;

    private TestOperator(AdminApi admin, String name, String id) {
        this.admin = admin;
        this.name = name;
        this.id = id;
    }

    public static TestOperator create(AdminApi admin, String name, String lastName, String password, String... roles) {
        RealmAdmin.deleteIfPresent(admin, name);
        String id = admin.createIndividual(name, lastName, password);
        String client = admin.get(RealmAdmin.REALM + "/clients?clientId=realm-management").get(0).get("id").asText();
        List<JsonNode> granted = new ArrayList<>();
        for (String role : roles) {
            granted.add(admin.get(RealmAdmin.REALM + "/clients/" + client + "/roles/" + role));
        }
        if (!granted.isEmpty()) {
            assertThat(admin.send("POST", RealmAdmin.REALM + "/users/" + id + "/role-mappings/clients/" + client, granted)
                    .status()).isEqualTo(204);
        }
        return new TestOperator(admin, name, id);
    }

    public String email() {
        return name + "@example.com";
    }

    public String username() {
        return name;
    }

    public String id() {
        return id;
    }

    @Override
    public void close() {
        RealmAdmin.deleteUser(admin, id);
    }
}
