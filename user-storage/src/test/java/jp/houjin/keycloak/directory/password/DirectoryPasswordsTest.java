package jp.houjin.keycloak.directory.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.Map;

import javax.crypto.SecretKeyFactory;

import jp.houjin.keycloak.directory.password.PasswordHasher.Check;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.keycloak.common.crypto.CryptoIntegration;
import org.keycloak.common.crypto.CryptoProvider;
import org.keycloak.credential.hash.PasswordHashProvider;
import org.keycloak.credential.hash.Pbkdf2PasswordHashProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.PasswordPolicy;
import org.keycloak.policy.HashAlgorithmPasswordPolicyProviderFactory;
import org.keycloak.policy.HashIterationsPasswordPolicyProviderFactory;
import org.keycloak.policy.PasswordPolicyProvider;

/**
 * The verify / re-hash decisions against Keycloak's own PBKDF2 providers (Argon2 is not on this module's class path;
 * the integration tests run it on a real server). {@code pbkdf2-sha512} stands in for the server's default provider.
 */
class DirectoryPasswordsTest {

    private static final String PASSWORD = "Times#Pass2026";

    static {
        // Keycloak's PBKDF2 providers take their SecretKeyFactory from the crypto provider the server installs
        // (keycloak-crypto-default, not on Maven Central): the JDK's own stands in.
        CryptoIntegration.setProvider((CryptoProvider) Proxy.newProxyInstance(DirectoryPasswordsTest.class.getClassLoader(),
                new Class<?>[] {CryptoProvider.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("getSecretKeyFact")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    return SecretKeyFactory.getInstance((String) args[0]);
                }));
    }

    private final Map<String, PasswordHashProvider> providers = Map.of(
            "pbkdf2-sha256", new Pbkdf2PasswordHashProvider("pbkdf2-sha256", "PBKDF2WithHmacSHA256", 2_000, 0, 512),
            "pbkdf2-sha512", new Pbkdf2PasswordHashProvider("pbkdf2-sha512", "PBKDF2WithHmacSHA512", 3_000, 0, 512));
    private final KeycloakSession session = session();
    private final DirectoryPasswords passwords = new DirectoryPasswords(session, new PasswordHasher(10_000));

    private final PasswordPolicy defaultPolicy = PasswordPolicy.empty();
    private final PasswordPolicy sha256 = policy("pbkdf2-sha256", "2500");

    @Nested
    class GivenTheDefaultPolicy {

        @Test
        void thenNewHashesAreTheDefaultProvidersInTheStoredForm() {
            String stored = passwords.hash(defaultPolicy, PASSWORD);
            assertThat(stored).contains("\"algorithm\":\"pbkdf2-sha512\"", "\"hashIterations\":3000").doesNotContain(PASSWORD);
            assertThat(passwords.verify(defaultPolicy, PASSWORD, stored)).isEqualTo(Check.VALID);
            assertThat(passwords.verify(defaultPolicy, "Times#Pass2027", stored)).isEqualTo(Check.INVALID);
            assertThat(passwords.hash(defaultPolicy, PASSWORD)).isNotEqualTo(stored);
        }

        @Test
        void thenTheDirectorysEarlierPbkdf2FormAndBcryptVerifyAndAskForARehash() {
            String earlier = new PasswordHasher(600_000).hash(PASSWORD);
            assertThat(passwords.verify(defaultPolicy, PASSWORD, earlier)).isEqualTo(Check.VALID_NEEDS_UPGRADE);
            assertThat(passwords.verify(defaultPolicy, "Wrong#Pass2026", earlier)).isEqualTo(Check.INVALID);
            String bcrypt = PasswordHasher.bcrypt("Legacy#Pass2026", 4);
            assertThat(passwords.verify(defaultPolicy, "Legacy#Pass2026", bcrypt)).isEqualTo(Check.VALID_NEEDS_UPGRADE);
            assertThat(passwords.verify(defaultPolicy, "Legacy#Pass2027", bcrypt)).isEqualTo(Check.INVALID);
        }
    }

    @Nested
    class GivenThePolicyChanges {

        @Test
        void thenAHashOfTheOldPolicyVerifiesAndAsksForARehashUnderTheNewOne() {
            String old = passwords.hash(defaultPolicy, PASSWORD);
            assertThat(passwords.verify(sha256, PASSWORD, old)).isEqualTo(Check.VALID_NEEDS_UPGRADE);
            String rehashed = passwords.hash(sha256, PASSWORD);
            assertThat(rehashed).contains("\"algorithm\":\"pbkdf2-sha256\"", "\"hashIterations\":2500");
            assertThat(passwords.verify(sha256, PASSWORD, rehashed)).isEqualTo(Check.VALID);
        }

        @Test
        void thenOtherIterationsOfTheSameAlgorithmAskForARehash() {
            String fewer = passwords.hash(policy("pbkdf2-sha256", "2000"), PASSWORD);
            assertThat(passwords.verify(sha256, PASSWORD, fewer)).isEqualTo(Check.VALID_NEEDS_UPGRADE);
            assertThat(passwords.verify(sha256, "Wrong#Pass2026", fewer)).isEqualTo(Check.INVALID);
        }
    }

    @Test
    void givenNoHashADamagedOneOrAnUnknownAlgorithmThenNothingVerifies() {
        assertThat(passwords.verify(sha256, PASSWORD, null)).isEqualTo(Check.INVALID);
        assertThat(passwords.verify(sha256, PASSWORD, "")).isEqualTo(Check.INVALID);
        assertThat(passwords.verify(sha256, PASSWORD, "{\"credentialData\":")).isEqualTo(Check.INVALID);
        String unknown = passwords.hash(sha256, PASSWORD).replace("pbkdf2-sha256", "md5-of-old");
        assertThat(passwords.verify(sha256, PASSWORD, unknown)).isEqualTo(Check.INVALID);
        assertThat(passwords.verify(sha256, null, passwords.hash(sha256, PASSWORD))).isEqualTo(Check.INVALID);
    }

    @Test
    void givenAPolicyNamingAnUnknownProviderThenTheDefaultOneHashes() {
        PasswordPolicy unknown = PasswordPolicy.build().put(PasswordPolicy.HASH_ALGORITHM_ID, "pbkdf2-sha512").build(session);
        assertThat(passwords.hash(unknown, PASSWORD)).contains("\"algorithm\":\"pbkdf2-sha512\"");
        assertThat(passwords.hash(null, PASSWORD)).contains("\"algorithm\":\"pbkdf2-sha512\"");
    }

    private PasswordPolicy policy(String algorithm, String iterations) {
        return PasswordPolicy.build().put(PasswordPolicy.HASH_ALGORITHM_ID, algorithm)
                .put(PasswordPolicy.HASH_ITERATIONS_ID, iterations).build(session);
    }

    /** Only what hashing asks a session for: the hash providers (the one-argument form: the default) and policy parsing. */
    private KeycloakSession session() {
        return (KeycloakSession) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {KeycloakSession.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("getProvider")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    if (args[0] == PasswordHashProvider.class) {
                        return providers.get(args.length == 1 ? "pbkdf2-sha512" : (String) args[1]);
                    }
                    if (args[0] == PasswordPolicyProvider.class) {
                        return switch ((String) args[1]) {
                            case PasswordPolicy.HASH_ALGORITHM_ID -> new HashAlgorithmPasswordPolicyProviderFactory().create((KeycloakSession) proxy);
                            case PasswordPolicy.HASH_ITERATIONS_ID -> new HashIterationsPasswordPolicyProviderFactory().create((KeycloakSession) proxy);
                            default -> null;
                        };
                    }
                    return null;
                });
    }
}
