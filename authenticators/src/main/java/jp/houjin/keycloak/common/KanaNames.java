package jp.houjin.keycloak.common;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * 氏名（カナ）: full-width katakana. Half-width katakana (ｶﾀｶﾅ) is converted by NFKC; hiragana, Latin letters and
 * anything else are refused. A middle dot and the long-vowel mark are kana too; spaces between words are allowed.
 */
final class KanaNames {

    private static final Pattern KATAKANA = Pattern.compile("[\\u30A1-\\u30FA\\u30FC\\u30FB]+(?:[ \\u3000][\\u30A1-\\u30FA\\u30FC\\u30FB]+)*");

    record Result(String value, boolean ok) {
    }

    private KanaNames() {
    }

    static Result normalize(String raw) {
        if (raw == null) {
            return new Result(null, false);
        }
        String value = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
        // NFKC turns the ideographic space into a plain one; keep names as typed with a full-width space.
        value = value.replace(' ', '\u3000');
        return new Result(value, !value.isEmpty() && value.length() <= 64 && KATAKANA.matcher(value).matches());
    }
}
