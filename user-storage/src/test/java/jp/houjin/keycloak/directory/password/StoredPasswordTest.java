package jp.houjin.keycloak.directory.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.keycloak.models.credential.PasswordCredentialModel;

class StoredPasswordTest {

    private static final byte[] SALT = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};

    @Nested
    class GivenAnArgon2Credential {

        private final PasswordCredentialModel credential = PasswordCredentialModel.createFromValues("argon2", SALT, 5,
                Map.of("type", List.of("id"), "version", List.of("1.3"), "memory", List.of("7168"),
                        "parallelism", List.of("1"), "hashLength", List.of("32")),
                "q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq8=");

        @Test
        void thenTheStoredFormNamesAlgorithmAndParametersAndFitsTheColumn() {
            String stored = StoredPassword.format(credential);
            assertThat(stored).startsWith("{").contains("\"algorithm\":\"argon2\"", "\"hashIterations\":5",
                    "\"memory\":[\"7168\"]", "\"parallelism\":[\"1\"]").hasSizeLessThan(1024);
            assertThat(StoredPassword.isKeycloakForm(stored)).isTrue();
        }

        @Test
        void thenItReadsBackAsTheSameCredential() {
            PasswordCredentialModel read = StoredPassword.parse(StoredPassword.format(credential)).orElseThrow();
            assertThat(read.getType()).isEqualTo(PasswordCredentialModel.TYPE);
            assertThat(read.getPasswordCredentialData().getAlgorithm()).isEqualTo("argon2");
            assertThat(read.getPasswordCredentialData().getHashIterations()).isEqualTo(5);
            assertThat(read.getPasswordCredentialData().getAdditionalParameters())
                    .isEqualTo(credential.getPasswordCredentialData().getAdditionalParameters());
            assertThat(read.getPasswordSecretData().getValue()).isEqualTo(credential.getPasswordSecretData().getValue());
            assertThat(read.getPasswordSecretData().getSalt()).isEqualTo(SALT);
        }
    }

    @Test
    void givenAPbkdf2CredentialWithoutParametersThenItReadsBack() {
        PasswordCredentialModel credential = PasswordCredentialModel.createFromValues("pbkdf2-sha512", SALT, 210_000, "aGFzaA==");
        PasswordCredentialModel read = StoredPassword.parse(StoredPassword.format(credential)).orElseThrow();
        assertThat(read.getPasswordCredentialData().getAlgorithm()).isEqualTo("pbkdf2-sha512");
        assertThat(read.getPasswordCredentialData().getHashIterations()).isEqualTo(210_000);
        assertThat(read.getPasswordSecretData().getValue()).isEqualTo("aGFzaA==");
    }

    @Test
    void givenTheDirectorysEarlierFormsThenTheyAreNotThisForm() {
        String pbkdf2 = new PasswordHasher(10_000).hash("Times#Pass2026");
        String bcrypt = PasswordHasher.bcrypt("Legacy#Pass2026", 4);
        assertThat(StoredPassword.isKeycloakForm(pbkdf2)).isFalse();
        assertThat(StoredPassword.isKeycloakForm(bcrypt)).isFalse();
        assertThat(StoredPassword.parse(pbkdf2)).isEmpty();
        assertThat(StoredPassword.parse(bcrypt)).isEmpty();
        assertThat(StoredPassword.parse(null)).isEmpty();
    }

    @Test
    void givenDamagedStoredFormsThenNothingIsRead() {
        assertThat(StoredPassword.parse("{")).isEmpty();
        assertThat(StoredPassword.parse("{}")).isEmpty();
        assertThat(StoredPassword.parse("{\"credentialData\":{\"algorithm\":\"argon2\"}}")).isEmpty();
        assertThat(StoredPassword.parse("{\"credentialData\":\"argon2\",\"secretData\":{\"value\":\"x\"}}")).isEmpty();
        assertThat(StoredPassword.parse("{\"credentialData\":{\"hashIterations\":1},\"secretData\":{\"value\":\"x\"}}")).isEmpty();
        assertThat(StoredPassword.parse("{\"credentialData\":{\"algorithm\":\"argon2\"},\"secretData\":{\"salt\":\"%%\"}}")).isEmpty();
    }
}
