package jp.houjin.keycloak.directory;

import java.util.Locale;

import jp.houjin.keycloak.directory.model.CorporateGroup;
import jp.houjin.keycloak.directory.model.CorporateUser;
import jp.houjin.keycloak.directory.text.InputNormalizer;

/**
 * スタッフ管理's search box and filters over the users of one corporation: a text found in the user ID, the email, the
 * names or the kana (NFKC-normalised, case-insensitive, contained anywhere), and optionally one login status and one
 * role; {@code group} keeps the users of that group and its sub-groups, and {@code within} (the acting group admin's
 * group) does the same for the scope. Null parts do not filter.
 */
public record StaffFilter(String text, CorporateUser.Status status, CorporateUser.Role role, CorporateGroup group,
        CorporateGroup within) {

    /** Longest search text taken; anything longer is cut (no column holds more). */
    public static final int MAX_TEXT = 100;

    public static final StaffFilter ALL = new StaffFilter(null, null, null);

    public StaffFilter(String text, CorporateUser.Status status, CorporateUser.Role role) {
        this(text, status, role, null, null);
    }

    public StaffFilter(String text, CorporateUser.Status status, CorporateUser.Role role, CorporateGroup group) {
        this(text, status, role, group, null);
    }

    /** The same filter, narrowed to {@code scope} and what lies below it. */
    public StaffFilter within(CorporateGroup scope) {
        return new StaffFilter(text, status, role, group, scope);
    }

    public StaffFilter {
        String normalized = InputNormalizer.normalize(text);
        if (normalized != null) {
            normalized = normalized.strip().toLowerCase(Locale.ROOT);
            if (normalized.length() > MAX_TEXT) {
                normalized = normalized.substring(0, MAX_TEXT);
            }
        }
        text = normalized == null || normalized.isEmpty() ? null : normalized;
    }
}
