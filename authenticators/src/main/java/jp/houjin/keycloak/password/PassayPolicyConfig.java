package jp.houjin.keycloak.password;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Typed view of the policy's config string, as an admin types it in the console:
 * {@code min=10;max=20;upper=1;lower=1;digit=1;symbol=1;halfwidth=true;notUserId=true;symbols=@!#...}; {@code letter}
 * (letters of either case, default 0) serves rules such as seed 002's 半角英数混合8桁以上
 * ({@code min=8;max=64;upper=0;lower=0;letter=1;digit=1;symbol=0;symbols=}: an empty symbol list allows none).
 * {@code symbols} must come last because the seed's symbol set itself contains {@code ;} and {@code =}.
 */
final class PassayPolicyConfig {

    static final String SEED_SYMBOLS = "@!#$%&()*+,-./:;<=>?[]^_`{|}~";
    static final String DEFAULT = "min=10;max=20;upper=1;lower=1;digit=1;symbol=1;halfwidth=true;notUserId=true;symbols="
            + SEED_SYMBOLS;

    private static final String SYMBOLS_KEY = "symbols=";

    final int min;
    final int max;
    final int upper;
    final int lower;
    final int letter;
    final int digit;
    final int symbol;
    final boolean halfWidthOnly;
    final boolean notUserId;
    final String symbols;

    private PassayPolicyConfig(Map<String, String> values, String symbols) {
        this.min = intValue(values, "min", 10);
        this.max = intValue(values, "max", 20);
        this.upper = intValue(values, "upper", 1);
        this.lower = intValue(values, "lower", 1);
        this.letter = intValue(values, "letter", 0);
        this.digit = intValue(values, "digit", 1);
        this.symbol = intValue(values, "symbol", 1);
        this.halfWidthOnly = boolValue(values, "halfwidth", true);
        this.notUserId = boolValue(values, "notUserId", true);
        this.symbols = symbols;
        if (min < 1 || max < min) {
            throw new IllegalArgumentException("min must be at least 1 and max at least min, got min=" + min + ", max=" + max);
        }
        if (symbols.isEmpty() && symbol > 0) {
            throw new IllegalArgumentException("symbol=" + symbol + " needs a non-empty symbols= list");
        }
        for (char c : symbols.toCharArray()) {
            if (c < 0x21 || c > 0x7e || Character.isLetterOrDigit(c)) {
                throw new IllegalArgumentException("symbols= may hold only half-width ASCII symbols, found '" + c + "'");
            }
        }
    }

    static PassayPolicyConfig parse(String raw) {
        String text = raw == null || raw.isBlank() ? DEFAULT : raw.trim();
        String symbols = SEED_SYMBOLS;
        int at = text.indexOf(SYMBOLS_KEY);
        if (at >= 0) {
            symbols = text.substring(at + SYMBOLS_KEY.length());
            text = text.substring(0, at);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String part : text.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("expected key=value, got '" + part.trim() + "'");
            }
            String key = part.substring(0, eq).trim();
            if (!java.util.Set.of("min", "max", "upper", "lower", "letter", "digit", "symbol", "halfwidth", "notUserId").contains(key)) {
                throw new IllegalArgumentException("unknown key '" + key + "'");
            }
            values.put(key, part.substring(eq + 1).trim());
        }
        return new PassayPolicyConfig(values, symbols);
    }

    private static int intValue(Map<String, String> values, String key, int fallback) {
        String v = values.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(v);
            if (parsed < 0) {
                throw new IllegalArgumentException(key + " must not be negative, got " + v);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number, got '" + v + "'");
        }
    }

    private static boolean boolValue(Map<String, String> values, String key, boolean fallback) {
        String v = values.get(key);
        if (v == null) {
            return fallback;
        }
        if (!v.equals("true") && !v.equals("false")) {
            throw new IllegalArgumentException(key + " must be true or false, got '" + v + "'");
        }
        return Boolean.parseBoolean(v);
    }
}
