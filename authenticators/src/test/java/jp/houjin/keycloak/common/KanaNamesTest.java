package jp.houjin.keycloak.common;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KanaNamesTest {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
            "タイムズ | タイムズ",
            "ﾀｲﾑｽﾞ | タイムズ",
            "ﾀﾛｳ | タロウ",
            "' タロウ ' | タロウ",
            "ジョン・スミス | ジョン・スミス",
            "ヴァン　デル | ヴァン　デル",
            "ヴァン デル | ヴァン　デル",
            "ヨーコ | ヨーコ",
    })
    void givenKatakanaOrHalfWidthKanaThenTheNameIsFullWidthKatakana(String raw, String expected) {
        KanaNames.Result r = KanaNames.normalize(raw);
        assertThat(r.ok()).isTrue();
        assertThat(r.value()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', value = {"たろう", "Taro", "太郎", "タロウ1", "'   '", "<b>タロウ</b>", "タロ\u3099ウ\uFF5E"})
    void givenAnythingElseThenTheNameIsRefused(String raw) {
        assertThat(KanaNames.normalize(raw).ok()).isFalse();
    }

    @org.junit.jupiter.api.Test
    void givenControlCharactersThenTheNameIsRefused() {
        assertThat(KanaNames.normalize("タロウ" + (char) 0).ok()).isFalse();
        assertThat(KanaNames.normalize("タ" + (char) 7 + "ロウ").ok()).isFalse();
    }

    @Property
    void givenAnyInputThenAnAcceptedNameIsOnlyKatakanaAndSpaces(@ForAll @StringLength(max = 80) String raw) {
        KanaNames.Result r = KanaNames.normalize(raw);
        if (r.ok()) {
            assertThat(r.value()).matches("[\\u30A1-\\u30FA\\u30FC\\u30FB\\u3000]+").hasSizeLessThanOrEqualTo(64);
        }
    }
}
