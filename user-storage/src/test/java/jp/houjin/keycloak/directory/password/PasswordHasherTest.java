package jp.houjin.keycloak.directory.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(20_000);

    @Test
    void givenANewHashThenOnlyThePasswordMatchesAndTheHashIsSalted() {
        String hash = hasher.hash("Times#Pass2026");
        assertThat(hash).startsWith("pbkdf2-sha256$20000$").doesNotContain("Times#Pass2026");
        assertThat(hasher.verify("Times#Pass2026", hash)).isEqualTo(PasswordHasher.Check.VALID);
        assertThat(hasher.verify("times#pass2026", hash)).isEqualTo(PasswordHasher.Check.INVALID);
        assertThat(hasher.hash("Times#Pass2026")).isNotEqualTo(hash);
    }

    @Test
    void givenALegacyBcryptHashThenItVerifiesAndAsksForAnUpgrade() {
        String bcrypt = PasswordHasher.bcrypt("Legacy#Pass2026", 4);
        assertThat(bcrypt).startsWith("$2a$04$");
        assertThat(hasher.verify("Legacy#Pass2026", bcrypt)).isEqualTo(PasswordHasher.Check.VALID_NEEDS_UPGRADE);
        assertThat(hasher.verify("Legacy#Pass2027", bcrypt)).isEqualTo(PasswordHasher.Check.INVALID);
    }

    @Test
    void givenAWeakerPbkdf2HashThenItVerifiesAndAsksForAnUpgrade() {
        String weak = new PasswordHasher(10_000).hash("Times#Pass2026");
        assertThat(hasher.verify("Times#Pass2026", weak)).isEqualTo(PasswordHasher.Check.VALID_NEEDS_UPGRADE);
    }

    @Test
    void givenGarbageOrMissingHashesThenNothingVerifies() {
        assertThat(hasher.verify("x", null)).isEqualTo(PasswordHasher.Check.INVALID);
        assertThat(hasher.verify("x", "")).isEqualTo(PasswordHasher.Check.INVALID);
        assertThat(hasher.verify("x", "plain-text")).isEqualTo(PasswordHasher.Check.INVALID);
        assertThat(hasher.verify("x", "pbkdf2-sha256$abc$%%$%%")).isEqualTo(PasswordHasher.Check.INVALID);
        assertThat(hasher.verify("x", "pbkdf2-sha256$999999999$AAAA$AAAA")).isEqualTo(PasswordHasher.Check.INVALID);
        assertThat(hasher.verify(null, hasher.hash("x"))).isEqualTo(PasswordHasher.Check.INVALID);
    }

    @Test
    void givenTooFewIterationsThenTheHasherRefusesToStart() {
        assertThatThrownBy(() -> new PasswordHasher(1000)).hasMessageContaining("at least 10000");
    }
}
