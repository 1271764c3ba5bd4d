package jp.houjin.keycloak.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SealedPasswordTest {

    @Test
    void givenBothHalvesThenThePasswordComesBack() {
        SealedPassword.Sealed sealed = SealedPassword.seal("New#Pass2026");
        assertThat(SealedPassword.open(sealed.sealed(), sealed.key())).isEqualTo("New#Pass2026");
    }

    @Test
    void givenTheSessionHalfAloneThenItHoldsNothingReadable() {
        SealedPassword.Sealed sealed = SealedPassword.seal("New#Pass2026");
        assertThat(sealed.sealed()).doesNotContain("New#Pass2026");
        assertThat(sealed.key()).doesNotContain("New#Pass2026");
        assertThat(SealedPassword.open(sealed.sealed(), null)).isNull();
    }

    @Test
    void givenAnotherKeyOrAnAlteredHalfThenNothingOpens() {
        SealedPassword.Sealed first = SealedPassword.seal("New#Pass2026");
        SealedPassword.Sealed second = SealedPassword.seal("New#Pass2026");
        assertThat(SealedPassword.open(first.sealed(), second.key())).isNull();
        String altered = first.sealed().substring(0, first.sealed().length() - 2)
                + (first.sealed().endsWith("AA") ? "BB" : "AA");
        assertThat(SealedPassword.open(altered, first.key())).isNull();
        assertThat(SealedPassword.open("garbage", first.key())).isNull();
        assertThat(SealedPassword.open(first.sealed(), "short")).isNull();
    }
}
