package jp.houjin.keycloak.testsuite.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import jp.houjin.keycloak.testsuite.server.AdminApi;
import jp.houjin.keycloak.testsuite.server.KeycloakServer;

/** What the tests ask of the partner-portal realm through the admin REST API: accounts, events, attributes, locks. */
public final class RealmAdmin {

    public static final String REALM = "/realms/" + KeycloakServer.REALM;

    private RealmAdmin() {
    }

    /** The one account with this username (corporate ID:user ID for a directory user). */
    public static JsonNode user(AdminApi admin, String username) {
        JsonNode found = admin.get(REALM + "/users?exact=true&username=" + username);
        assertThat(found).as("user %s", username).hasSize(1);
        return found.get(0);
    }

    public static String userId(AdminApi admin, String username) {
        return user(admin, username).get("id").asText();
    }

    /** An enabled account with this username and, when not null, this email; more fields can be put in. */
    public static Map<String, Object> account(String username, String email) {
        Map<String, Object> account = new HashMap<>(Map.of("username", username, "enabled", true));
        if (email != null) {
            account.put("email", email);
        }
        return account;
    }

    /** Creates the account and returns its id. */
    public static String createUser(AdminApi admin, Map<String, Object> representation) {
        AdminApi.Response created = admin.send("POST", REALM + "/users", representation);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return userId(admin, (String) representation.get("username"));
    }

    /** Creates the account with this password (as the console's Credentials tab sets it) and returns its id. */
    public static String createUser(AdminApi admin, Map<String, Object> representation, String password,
            boolean temporary) {
        String id = createUser(admin, representation);
        setPassword(admin, id, password, temporary);
        return id;
    }

    public static void setPassword(AdminApi admin, String id, String password, boolean temporary) {
        assertThat(admin.send("PUT", REALM + "/users/" + id + "/reset-password",
                Map.of("type", "password", "value", password, "temporary", temporary)).status()).isEqualTo(204);
    }

    public static void deleteUser(AdminApi admin, String id) {
        admin.send("DELETE", REALM + "/users/" + id, null);
    }

    public static void deleteIfPresent(AdminApi admin, String username) {
        admin.get(REALM + "/users?exact=true&username=" + username).forEach(u -> deleteUser(admin, u.get("id").asText()));
    }

    /** The newest LOGIN_ERROR event of a username (corporate ID:login as typed). */
    public static JsonNode lastLoginError(AdminApi admin, String username) {
        JsonNode events = admin.get(REALM + "/events?type=LOGIN_ERROR&max=200");
        return StreamSupport.stream(events.spliterator(), false)
                .filter(e -> username.equals(e.path("details").path("username").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("no LOGIN_ERROR event for " + username + " in " + events));
    }

    /**
     * Sets one realm attribute (null removes it) and returns its previous value (null when it had none). A realm PUT
     * replaces the attributes as a whole, so the others are read first and sent back with it.
     */
    public static String setRealmAttribute(AdminApi admin, String name, String value) {
        Map<String, Object> attributes = new HashMap<>();
        admin.get(REALM).path("attributes").fields().forEachRemaining(e -> attributes.put(e.getKey(), e.getValue().asText()));
        String previous = (String) attributes.get(name);
        if (value == null) {
            attributes.remove(name);
        } else {
            attributes.put(name, value);
        }
        assertThat(admin.send("PUT", REALM, Map.of("attributes", attributes)).status()).isEqualTo(204);
        return previous;
    }

    /** Keycloak's brute-force record of one account (numFailures, disabled, ...). */
    public static JsonNode bruteForceStatus(AdminApi admin, String id) {
        return admin.get(REALM + "/attack-detection/brute-force/users/" + id);
    }

    /** The console's unlock of one account (Users → user → 一時的にロック: off); its status code. */
    public static int releaseLock(AdminApi admin, String id) {
        return admin.send("DELETE", REALM + "/attack-detection/brute-force/users/" + id, null).status();
    }

    /** Realm settings → Security defenses → clear all: also starts the verification attempts afresh. */
    public static void releaseAllLocks(AdminApi admin) {
        assertThat(admin.send("DELETE", REALM + "/attack-detection/brute-force/users", null).status()).isEqualTo(204);
    }
}
