package jp.houjin.keycloak.password;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.keycloak.models.RealmModel;

/**
 * The realm's password rules as the forms show them while the user types (houjin-profile.js ticks each one off).
 * They come from the same config string the server judges with, so the hints and the verdict cannot drift apart;
 * the server stays the judge. Each hint is {@code rule} plus up to two parameters {@code p1}, {@code p2}; the text
 * is the message {@code houjinRule_<rule>}.
 */
public final class PasswordRuleHints {

    private PasswordRuleHints() {
    }

    /** The hints, or an empty list when the realm's policy has no houjin-password-rules entry. */
    public static List<Map<String, String>> of(RealmModel realm) {
        Object config = realm.getPasswordPolicy() == null ? null
                : realm.getPasswordPolicy().getPolicyConfig(PassayPasswordPolicyProviderFactory.ID);
        return config instanceof PassayPolicyConfig c ? of(c) : List.of();
    }

    static List<Map<String, String>> of(PassayPolicyConfig c) {
        List<Map<String, String>> hints = new ArrayList<>();
        hints.add(hint("length", c.min, c.max));
        if (c.upper > 0) {
            hints.add(hint("upper", c.upper, ""));
        }
        if (c.lower > 0) {
            hints.add(hint("lower", c.lower, ""));
        }
        if (c.letter > 0) {
            hints.add(hint("letter", c.letter, ""));
        }
        if (c.digit > 0) {
            hints.add(hint("digit", c.digit, ""));
        }
        if (c.symbol > 0) {
            hints.add(hint("symbol", c.symbol, c.symbols));
        }
        if (c.halfWidthOnly) {
            hints.add(hint("halfwidth", "", ""));
        }
        hints.add(c.symbols.isEmpty() ? hint("alphanumeric", "", "") : hint("allowed", c.symbols, ""));
        if (c.notUserId) {
            hints.add(hint("notUserId", "", ""));
        }
        return hints;
    }

    private static Map<String, String> hint(String rule, Object p1, Object p2) {
        Map<String, String> hint = new LinkedHashMap<>();
        hint.put("rule", rule);
        hint.put("p1", String.valueOf(p1));
        hint.put("p2", String.valueOf(p2));
        return hint;
    }
}
