package jp.houjin.keycloak.directory.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CorporateNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"7123456789012", "4011001098993"})
    void givenThePublicExamplesThenTheCheckDigitIsRight(String number) {
        assertThat(CorporateNumber.valid(number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8123456789012", "4011001098994", "123456789012", "71234567890123", "712345678901a", "",
            "７123456789012"})
    void givenAWrongCheckDigitLengthOrCharacterThenItIsRefused(String number) {
        assertThat(CorporateNumber.valid(number)).isFalse();
    }
}
