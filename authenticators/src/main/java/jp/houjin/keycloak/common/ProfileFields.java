package jp.houjin.keycloak.common;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import jp.houjin.keycloak.directory.text.InputNormalizer;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.policy.PolicyError;

/**
 * The checks of the name, kana and password fields, shared by profile completion (ユーザー登録) and 新規登録（法人）.
 * Each check puts the normalised value into {@code values} and, when the value is refused, an encoded message
 * (key, then parameters, separated by {@link #SEPARATOR}) into {@code errors}; {@link #addErrors} shows them.
 */
public final class ProfileFields {

    /** Between a message key and its parameters; a control character, so no parameter (e.g. the symbol list) holds it. */
    public static final String SEPARATOR = "\u001f";

    /**
     * The same characters the realm's user profile refuses in names (person-name-prohibited-characters), so the
     * console and these pages agree and Keycloak does not ask again right after.
     */
    private static final Pattern PROHIBITED_IN_NAMES = Pattern.compile("[<>&\"'$%!#?§;*~/\\|^=\\[\\]{}()]");

    private ProfileFields() {
    }

    public static void optional(Map<String, String> values, Map<String, String> errors, String field, String raw, int max) {
        String v = raw == null ? "" : InputNormalizer.normalize(raw);
        values.put(field, v);
        if (raw != null && InputNormalizer.hasControl(raw)) {
            errors.put(field, "houjinControlCharacter");
        } else if (v.length() > max) {
            errors.put(field, "houjinValueTooLong" + SEPARATOR + max);
        } else if (PROHIBITED_IN_NAMES.matcher(v).find()) {
            errors.put(field, "houjinNameCharacters");
        }
    }

    /** A required name of at most {@code max} characters. */
    public static void required(Map<String, String> values, Map<String, String> errors, String field, String raw, int max) {
        optional(values, errors, field, raw, max);
        if (!errors.containsKey(field) && values.get(field).isEmpty()) {
            errors.put(field, "houjinNameRequired");
        }
    }

    /** A required name (氏名 姓/名): at most 64 characters. */
    public static void name(Map<String, String> values, Map<String, String> errors, String field, String raw) {
        required(values, errors, field, raw, 64);
    }

    /** 氏名（カナ）: required, full-width katakana (half-width is converted). */
    public static void kana(Map<String, String> values, Map<String, String> errors, String field, String raw) {
        if (raw == null || raw.isBlank()) {
            values.put(field, "");
            errors.put(field, "houjinKanaRequired");
            return;
        }
        KanaNames.Result r = KanaNames.normalize(raw);
        values.put(field, r.value());
        if (!r.ok()) {
            errors.put(field, "houjinKanaOnly");
        }
    }

    /** 氏名（カナ） or a corporation's フリガナ where it may be left out: blank is stored as null. */
    public static void optionalKana(Map<String, String> values, Map<String, String> errors, String field, String raw) {
        if (raw == null || raw.isBlank()) {
            values.put(field, null);
        } else {
            kana(values, errors, field, raw);
        }
    }

    /** The password's form problems (empty, too long, control characters) as an error key, or null. */
    public static String passwordInput(String password) {
        InputNormalizer.Result checked = InputNormalizer.password(password);
        if (checked.ok()) {
            return null;
        }
        return checked.problem() == InputNormalizer.Problem.EMPTY ? "houjinPasswordRequired"
                : checked.problem() == InputNormalizer.Problem.TOO_LONG ? "houjinPasswordTooLong" : "houjinControlCharacter";
    }

    /**
     * A new password: its form first, then the realm's policy ({@code policy} checks it for the account it is for);
     * the first problem goes into {@code errors}. True when the password passed both.
     */
    public static boolean password(Map<String, String> errors, String password, Function<String, PolicyError> policy) {
        String problem = passwordInput(password);
        if (problem == null) {
            PolicyError refused = policy.apply(password);
            problem = refused == null ? null : encode(refused);
        }
        if (problem != null) {
            errors.put("password", problem);
        }
        return problem == null;
    }

    /** A password-policy error, encoded for {@code errors}. */
    public static String encode(PolicyError error) {
        return encode(error.getMessage(), error.getParameters());
    }

    public static String encode(String key, Object[] params) {
        StringBuilder b = new StringBuilder(key);
        if (params != null) {
            for (Object p : params) {
                b.append(SEPARATOR).append(p);
            }
        }
        return b.toString();
    }

    public static void addErrors(LoginFormsProvider form, Map<String, String> errors) {
        errors.forEach((field, encoded) -> {
            String[] parts = encoded.split(SEPARATOR, -1);
            Object[] params = Arrays.copyOfRange(parts, 1, parts.length, Object[].class);
            form.addError(new FormMessage(field, parts[0], params));
        });
    }
}
