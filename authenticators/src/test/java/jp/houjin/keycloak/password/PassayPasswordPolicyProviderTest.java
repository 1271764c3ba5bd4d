package jp.houjin.keycloak.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.keycloak.policy.PolicyError;

class PassayPasswordPolicyProviderTest {

    private static final PassayPolicyConfig SEED = PassayPolicyConfig.parse(null);

    private static String key(String password) {
        PolicyError error = PassayPasswordPolicyProvider.check(SEED, "00000001:times_user001", "times_user001", password);
        return error == null ? null : error.getMessage();
    }

    @Nested
    class GivenTheSeedRules {

        @Test
        void thenAPasswordUsingEveryClassPasses() {
            assertThat(key("Abcdef12#$")).isNull();
            assertThat(key("Zz9~Zz9~Zz9~Zz9~Zz9~")).isNull();
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
                "Ab1#     | houjinPasswordLength",
                "Abcdefgh12#$Abcdefgh1 | houjinPasswordLength",
                "abcdef12#$ | houjinPasswordUpperCase",
                "ABCDEF12#$ | houjinPasswordLowerCase",
                "Abcdefgh#$ | houjinPasswordDigit",
                "Abcdefgh12 | houjinPasswordSymbol",
                "Abcdef12#\\ | houjinPasswordSymbolNotAllowed",
                "Abcdef12# x | houjinPasswordSymbolNotAllowed",
                "Ａbcdef12#$ | houjinPasswordHalfWidthOnly",
                "Abcdef１2#$ | houjinPasswordHalfWidthOnly",
        })
        void thenEachBrokenRuleHasItsOwnMessage(String password, String expected) {
            assertThat(key(password)).isEqualTo(expected);
        }

        @Test
        void thenThePasswordMayNotEqualTheUserId() {
            PolicyError error = PassayPasswordPolicyProvider.check(SEED, "00000001:Times_User01#", "Times_User01#",
                    "Times_User01#");
            assertThat(error).isNotNull();
            assertThat(error.getMessage()).isEqualTo("houjinPasswordNotUserId");
        }

        @Test
        void thenTheLengthMessageCarriesTheBounds() {
            PolicyError error = PassayPasswordPolicyProvider.check(SEED, "u", null, "Ab1#");
            assertThat(error.getParameters()).containsExactly(10, 20);
        }
    }

    @Nested
    class GivenAnAdminConfigString {

        @Test
        void thenEachRuleIsConfigurable() {
            PassayPolicyConfig config = PassayPolicyConfig.parse("min=8;max=64;upper=0;symbol=2;symbols=#$");
            assertThat(config.min).isEqualTo(8);
            assertThat(config.max).isEqualTo(64);
            assertThat(config.upper).isZero();
            assertThat(config.symbol).isEqualTo(2);
            assertThat(config.symbols).isEqualTo("#$");
            assertThat(PassayPasswordPolicyProvider.check(config, "u", null, "abcdefg1#$")).isNull();
            assertThat(PassayPasswordPolicyProvider.check(config, "u", null, "abcdefg1#@").getMessage())
                    .isEqualTo("houjinPasswordSymbol");
        }

        /** Seed 002's 半角英数混合8桁以上: letters of either case and digits, at least 8, no symbols. */
        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', nullValues = "ok", value = {
                "abcd1234   | ok",
                "ABCD1234   | ok",
                "abc1234    | houjinPasswordLength",
                "12345678   | houjinPasswordLetter",
                "abcdefgh   | houjinPasswordDigit",
                "abcd123#   | houjinPasswordAlphanumericOnly",
                "ａbcd1234  | houjinPasswordHalfWidthOnly",
        })
        void thenSeed002sRuleIsReachableBySettingsAlone(String password, String expected) {
            PassayPolicyConfig config = PassayPolicyConfig.parse(
                    "min=8;max=64;upper=0;lower=0;letter=1;digit=1;symbol=0;halfwidth=true;notUserId=true;symbols=");
            PolicyError error = PassayPasswordPolicyProvider.check(config, "u", null, password);
            assertThat(error == null ? null : error.getMessage()).isEqualTo(expected);
            assertThat(PasswordRuleHints.of(config)).extracting(h -> h.get("rule"))
                    .containsExactly("length", "letter", "digit", "halfwidth", "alphanumeric", "notUserId");
        }

        @Test
        void thenTheSeedSymbolSetWithSemicolonsParses() {
            assertThat(PassayPolicyConfig.parse(PassayPolicyConfig.DEFAULT).symbols).isEqualTo(PassayPolicyConfig.SEED_SYMBOLS);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {"min=abc", "min=12;max=4", "length=3", "halfwidth=yes", "symbols=aB", "min=-1"})
        void thenAMistakeIsRejectedWithAReadableReason(String raw) {
            assertThatThrownBy(() -> PassayPolicyConfig.parse(raw)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageNotContaining("Exception");
        }
    }
}
