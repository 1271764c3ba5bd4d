package jp.houjin.keycloak.testsuite;

import static jp.houjin.keycloak.testsuite.support.RealmAdmin.REALM;
import static jp.houjin.keycloak.testsuite.support.RealmAdmin.deleteUser;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.houjin.keycloak.testsuite.server.AdminApi;
import jp.houjin.keycloak.testsuite.server.DirectoryDatabase;
import jp.houjin.keycloak.testsuite.server.KeycloakServer;
import jp.houjin.keycloak.testsuite.server.RealKeycloak;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: directory passwords follow the realm's hashing policy through Keycloak's own hash providers. The test
 * server runs Keycloak's default policy (Argon2, the provider's default parameters) end to end; one test switches the
 * realm to PBKDF2-SHA256 and back. Each test has its own directory users in corporation 00000002 and removes them.
 */
@RealKeycloak
class PasswordHashingIT {

    private static final String CORPORATION = "00000002";
    private static final String PASSWORD = "Hash#Policy2026";
    private static final ObjectMapper JSON = new ObjectMapper();
    // As the previous system and the directory before issue 18 stored "Hash#Policy2026".
    private static final String LEGACY_BCRYPT = "$2a$10$llMh0jHPGivci6ftT8fRBOz0LjKf6IveE5bvjwvexFftt.4VSwIVO";
    private static final String EARLIER_PBKDF2 = "pbkdf2-sha256$600000$CyMBy0dXNCkO+quqJMWs6g==$RD8qJCw3hDubXOcIm+GccpsRmLSoRY"
            + "BzZu+m+eS4tz3qjagKLb9UeIiQ8XXl/NZIlFaSwkStwdAQqosizOie5w==";

    @Nested
    class GivenKeycloaksDefaultPolicy {

        @Test
        void thenLegacyBcryptAndEarlierPbkdf2HashesSignInAndAreStoredAsArgon2(KeycloakServer server, AdminApi admin)
                throws Exception {
            String bcryptUser = createUser(admin, "hashing_bcrypt");
            String pbkdf2User = createUser(admin, "hashing_pbkdf2");
            try {
                storeHash("hashing_bcrypt", LEGACY_BCRYPT);
                storeHash("hashing_pbkdf2", EARLIER_PBKDF2);

                for (String userId : new String[] {"hashing_bcrypt", "hashing_pbkdf2"}) {
                    assertThat(signsIn(server, userId, "Hash#Policy2027")).as(userId + ", wrong password").isFalse();
                    assertThat(hash(userId)).as("a wrong password re-hashes nothing").isIn(LEGACY_BCRYPT, EARLIER_PBKDF2);

                    assertThat(signsIn(server, userId, PASSWORD)).as(userId).isTrue();
                    String stored = hash(userId);
                    assertThat(stored).doesNotContain(PASSWORD);
                    JsonNode credentialData = JSON.readTree(stored).get("credentialData");
                    assertThat(credentialData.get("algorithm").asText()).isEqualTo("argon2");
                    assertThat(credentialData.get("additionalParameters").get("type").get(0).asText()).isEqualTo("id");
                    assertThat(credentialData.get("additionalParameters").has("memory")).isTrue();

                    assertThat(signsIn(server, userId, PASSWORD)).as(userId + ", again").isTrue();
                    assertThat(hash(userId)).as("a hash under the policy stays as it is").isEqualTo(stored);
                }
            } finally {
                deleteUser(admin, bcryptUser);
                deleteUser(admin, pbkdf2User);
            }
        }

        /**
         * A sign-in only reads the directory: its reads stay out of the request's transaction, so the directory's XA
         * datasource is no participant and the sign-in (which writes Keycloak's own database) commits in one phase,
         * without a record in the transaction log. A write after those reads (the re-hash above) still lands.
         */
        @Test
        void thenASignInThatOnlyReadsTheDirectoryIsCommittedInOnePhase(KeycloakServer server, AdminApi admin)
                throws Exception {
            String id = createUser(admin, "hashing_one_phase");
            try {
                resetPassword(admin, id);
                assertThat(signsIn(server, "hashing_one_phase", PASSWORD)).as("first sign-in").isTrue();
                // A directory write of the test server's own (a scheduled job) can fall into one sign-in's window;
                // one that is committed in two phases itself writes a record every time.
                boolean onePhase = false;
                for (int attempt = 0; attempt < 3 && !onePhase; attempt++) {
                    String before = server.transactionLogState();
                    assertThat(signsIn(server, "hashing_one_phase", PASSWORD)).isTrue();
                    onePhase = before.equals(server.transactionLogState());
                }
                assertThat(onePhase).as("the transaction log is left untouched by a sign-in").isTrue();

                // The same log does see a request that writes the directory next to Keycloak's own database.
                String before = server.transactionLogState();
                resetPassword(admin, id);
                assertThat(server.transactionLogState()).as("a password reset is committed in two phases")
                        .isNotEqualTo(before);
            } finally {
                deleteUser(admin, id);
            }
        }

        @Test
        void thenAPasswordSetByAnAdminIsStoredAsArgon2(KeycloakServer server, AdminApi admin) throws Exception {
            String id = createUser(admin, "hashing_reset");
            try {
                resetPassword(admin, id);
                assertThat(algorithm(hash("hashing_reset"))).isEqualTo("argon2");
                assertThat(signsIn(server, "hashing_reset", PASSWORD)).isTrue();
            } finally {
                deleteUser(admin, id);
            }
        }
    }

    @Nested
    class GivenTheRealmPolicyChanges {

        @Test
        void thenTheNextSignInRehashesUnderTheNewPolicyAndChangingBackDoesToo(KeycloakServer server, AdminApi admin)
                throws Exception {
            String id = createUser(admin, "hashing_policy");
            String original = admin.get(REALM).get("passwordPolicy").asText();
            try {
                resetPassword(admin, id);
                String argon2 = hash("hashing_policy");
                assertThat(algorithm(argon2)).isEqualTo("argon2");

                setPolicy(admin, original + " and hashAlgorithm(pbkdf2-sha256) and hashIterations(27500)");
                assertThat(hash("hashing_policy")).as("nothing changes before a sign-in").isEqualTo(argon2);
                assertThat(signsIn(server, "hashing_policy", PASSWORD)).isTrue();
                JsonNode credentialData = JSON.readTree(hash("hashing_policy")).get("credentialData");
                assertThat(credentialData.get("algorithm").asText()).isEqualTo("pbkdf2-sha256");
                assertThat(credentialData.get("hashIterations").asInt()).isEqualTo(27500);
                String pbkdf2 = hash("hashing_policy");
                assertThat(signsIn(server, "hashing_policy", PASSWORD)).isTrue();
                assertThat(hash("hashing_policy")).isEqualTo(pbkdf2);

                setPolicy(admin, original);
                assertThat(signsIn(server, "hashing_policy", PASSWORD)).isTrue();
                assertThat(algorithm(hash("hashing_policy"))).isEqualTo("argon2");
            } finally {
                setPolicy(admin, original);
                deleteUser(admin, id);
            }
        }
    }

    private static boolean signsIn(KeycloakServer server, String userId, String password) throws Exception {
        return CurlLogin.redirectedWithCode(CurlLogin.signIn(server, null, null, CORPORATION, userId, password));
    }

    private static String createUser(AdminApi admin, String userId) {
        AdminApi.Response created = admin.send("POST", REALM + "/users", Map.of("username", CORPORATION + ":" + userId,
                "enabled", true, "firstName", "ハッシュ", "lastName", "試験"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return admin.get(REALM + "/users?exact=true&username=" + CORPORATION + ":" + userId).get(0).get("id").asText();
    }

    private static void resetPassword(AdminApi admin, String id) {
        AdminApi.Response reset = admin.send("PUT", REALM + "/users/" + id + "/reset-password",
                Map.of("type", "password", "value", PASSWORD, "temporary", false));
        assertThat(reset.status()).as(reset.body()).isEqualTo(204);
    }

    private static void setPolicy(AdminApi admin, String policy) {
        AdminApi.Response put = admin.send("PUT", REALM, Map.of("passwordPolicy", policy));
        assertThat(put.status()).as(put.body()).isEqualTo(204);
    }

    private static void storeHash(String userId, String hash) throws Exception {
        assertThat(DirectoryDatabase.setUser(CORPORATION, userId, "password_hash", hash)).isEqualTo(1);
    }

    private static String hash(String userId) throws Exception {
        return DirectoryDatabase.passwordHash(CORPORATION, userId);
    }

    private static String algorithm(String stored) throws Exception {
        return JSON.readTree(stored).get("credentialData").get("algorithm").asText();
    }
}
