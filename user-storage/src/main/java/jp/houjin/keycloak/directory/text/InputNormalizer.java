package jp.houjin.keycloak.directory.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What users type into ID fields, made comparable: NFKC (full-width digits and letters become half-width,
 * ideographic spaces become spaces), surrounding white space removed. Input that is too long or holds control
 * characters is refused before any lookup.
 */
public final class InputNormalizer {

    public static final int MAX_CORPORATE_ID = 8;
    public static final int MAX_LOGIN = 254;
    public static final int MAX_PASSWORD = 256;

    private static final Pattern CORPORATE_ID = Pattern.compile("\\d{8}");
    private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9._@+\\-]{1,64}");

    public enum Problem { EMPTY, TOO_LONG, CONTROL_CHARACTER, FORMAT }

    public record Result(String value, Problem problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    private InputNormalizer() {
    }

    /** NFKC + trim; {@code null} stays {@code null}. */
    public static String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        // Limit the work done on hostile input before normalising (NFKC can expand a string).
        String bounded = raw.length() > 4 * MAX_LOGIN ? raw.substring(0, 4 * MAX_LOGIN) : raw;
        return Normalizer.normalize(bounded, Normalizer.Form.NFKC).strip();
    }

    public static Result corporateId(String raw) {
        return check(raw, MAX_CORPORATE_ID, CORPORATE_ID);
    }

    /** A user ID or an email address, as typed into ユーザーIDまたはメールアドレス. */
    public static Result login(String raw) {
        Result r = check(raw, MAX_LOGIN, null);
        if (!r.ok()) {
            return r;
        }
        String v = r.value();
        if (v.contains("@") && v.indexOf('@') > 0 && v.indexOf('@') < v.length() - 1 && !v.contains(" ")) {
            return r;
        }
        return USER_ID.matcher(v).matches() ? r : new Result(v, Problem.FORMAT);
    }

    public static Result email(String raw) {
        Result r = check(raw, MAX_LOGIN, null);
        if (!r.ok()) {
            return r;
        }
        String v = r.value();
        int at = v.indexOf('@');
        return at > 0 && at == v.lastIndexOf('@') && at < v.length() - 1 && !v.contains(" ") ? r : new Result(v, Problem.FORMAT);
    }

    /** 法人番号: 13 digits with a valid check digit; full-width digits, spaces and hyphens are accepted and removed. */
    public static Result corporateNumber(String raw) {
        return digits(raw, CorporateNumber::valid);
    }

    /** 振込口座番号: 1 to 14 digits; full-width digits, spaces and hyphens are accepted and removed. */
    public static Result bankAccount(String raw) {
        return digits(raw, d -> d.matches("[0-9]{1,14}"));
    }

    /** アクセスキー (seed 003): 8 digits; full-width digits, spaces and hyphens are accepted and removed. */
    public static Result accessKey(String raw) {
        return digits(raw, d -> d.matches("[0-9]{8}"));
    }

    /** A number typed with spaces or hyphens as people write it (full-width digits already made half-width). */
    private static Result digits(String raw, Predicate<String> valid) {
        Result r = check(raw, 32, null);
        if (!r.ok()) {
            return r;
        }
        String digits = r.value().replaceAll("[\\s\\-]", "");
        return valid.test(digits) ? new Result(digits, null) : new Result(r.value(), Problem.FORMAT);
    }

    /** A new user ID: the characters user IDs may hold (the login field also accepts emails). */
    public static Result userId(String raw) {
        Result r = check(raw, 64, USER_ID);
        return r.ok() && r.value().contains("@") ? new Result(r.value(), Problem.FORMAT) : r;
    }

    /** Passwords are not normalised (they are compared as typed), only bounded and checked for control characters. */
    public static Result password(String raw) {
        if (raw == null || raw.isEmpty()) {
            return new Result(raw, Problem.EMPTY);
        }
        if (raw.length() > MAX_PASSWORD) {
            return new Result(null, Problem.TOO_LONG);
        }
        return hasControl(raw) ? new Result(null, Problem.CONTROL_CHARACTER) : new Result(raw, null);
    }

    public static String key(String normalized) {
        return normalized == null ? null : normalized.toLowerCase(Locale.ROOT);
    }

    private static Result check(String raw, int max, Pattern format) {
        if (raw == null) {
            return new Result(null, Problem.EMPTY);
        }
        if (hasControl(raw)) {
            return new Result(null, Problem.CONTROL_CHARACTER);
        }
        String v = normalize(raw);
        if (v.isEmpty()) {
            return new Result(v, Problem.EMPTY);
        }
        if (v.length() > max || raw.length() > 4 * max) {
            return new Result(null, Problem.TOO_LONG);
        }
        if (hasControl(v)) {
            return new Result(null, Problem.CONTROL_CHARACTER);
        }
        if (format != null && !format.matcher(v).matches()) {
            return new Result(v, Problem.FORMAT);
        }
        return new Result(v, null);
    }

    /** Control, format, unassigned or private-use characters, and line/paragraph separators. */
    public static boolean hasControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                    || type == Character.PRIVATE_USE || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }
}
