package jp.houjin.keycloak.directory.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InputNormalizerTest {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
            "00000001 | 00000001",
            "０００００００１ | 00000001",
            "'  00000001　' | 00000001",
    })
    void givenFullWidthOrPaddedCorporateIdsThenTheyBecomeHalfWidth(String raw, String expected) {
        InputNormalizer.Result r = InputNormalizer.corporateId(raw);
        assertThat(r.ok()).isTrue();
        assertThat(r.value()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
            "31415926 | 31415926 | ",
            "３１４１５９２６ | 31415926 | ",
            "'3141-5926 ' | 31415926 | ",
            "3141592 | 3141592 | FORMAT",
            "3141592a | 3141592a | FORMAT",
            "'' | '' | EMPTY",
    })
    void givenAccessKeysThenFullWidthAndHyphensAreAcceptedAndOnlyEightDigitsPass(String raw, String value,
            InputNormalizer.Problem problem) {
        InputNormalizer.Result r = InputNormalizer.accessKey(raw);
        assertThat(r.problem()).isEqualTo(problem);
        assertThat(r.value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
            "1234 | FORMAT",
            "000000001 | TOO_LONG",
            "0000000a | FORMAT",
            "'' | EMPTY",
            "'   ' | EMPTY",
            "'0000\u202E0001' | CONTROL_CHARACTER",
    })
    void givenBadCorporateIdsThenEachHasItsProblem(String raw, InputNormalizer.Problem problem) {
        assertThat(InputNormalizer.corporateId(raw).problem()).isEqualTo(problem);
    }

    @org.junit.jupiter.api.Test
    void givenControlCharactersAnywhereThenTheInputIsRefused() {
        for (String bad : new String[] {"0000" + (char) 0 + "0001", "times" + (char) 7 + "user", "a" + (char) 0x1b + "b",
                "x\u2028y"}) {
            assertThat(InputNormalizer.login(bad).problem()).as(bad).isEqualTo(InputNormalizer.Problem.CONTROL_CHARACTER);
        }
        assertThat(InputNormalizer.password("pa" + (char) 0 + "ss").problem()).isEqualTo(InputNormalizer.Problem.CONTROL_CHARACTER);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "times_user001 | times_user001",
            "ｔｉｍｅｓ＿ｕｓｅｒ００１ | times_user001",
            "Times_User001@Example.jp | Times_User001@Example.jp",
    })
    void givenLoginsThenTheyAreNormalisedButKeepTheirCase(String raw, String expected) {
        assertThat(InputNormalizer.login(raw).value()).isEqualTo(expected);
    }

    @Property
    void givenAnyInputThenNormalisingTwiceChangesNothing(@ForAll @StringLength(max = 400) String raw) {
        String once = InputNormalizer.normalize(raw);
        assertThat(InputNormalizer.normalize(once)).isEqualTo(once);
    }

    @Property
    void givenAnyInputThenAnAcceptedLoginIsBoundedAndHasNoControlCharacters(@ForAll @StringLength(max = 2000) String raw) {
        InputNormalizer.Result r = InputNormalizer.login(raw);
        if (r.ok()) {
            assertThat(r.value().length()).isBetween(1, InputNormalizer.MAX_LOGIN);
            assertThat(InputNormalizer.hasControl(r.value())).isFalse();
            assertThat(r.value()).isEqualTo(r.value().strip());
        }
    }

    @Property
    void givenAnyFullWidthDigitsThenTheCorporateIdIsTheirHalfWidthForm(@ForAll("eightDigits") String digits) {
        StringBuilder fullWidth = new StringBuilder();
        digits.chars().forEach(c -> fullWidth.append((char) ('０' + (c - '0'))));
        assertThat(InputNormalizer.corporateId(fullWidth.toString()).value()).isEqualTo(digits);
    }

    @Property
    void givenAnyAcceptedCorporateIdThenItIsEightAsciiDigits(@ForAll @StringLength(max = 64) String raw) {
        InputNormalizer.Result r = InputNormalizer.corporateId(raw);
        if (r.ok()) {
            assertThat(r.value()).matches("[0-9]{8}");
        }
    }

    @Provide
    Arbitrary<String> eightDigits() {
        return Arbitraries.strings().numeric().ofLength(8);
    }

    @Property
    void givenAnyPasswordThenItIsNeverAltered(@ForAll @StringLength(min = 1, max = 256) String raw) {
        InputNormalizer.Result r = InputNormalizer.password(raw);
        if (r.ok()) {
            assertThat(r.value()).isSameAs(raw);
        }
    }
}
