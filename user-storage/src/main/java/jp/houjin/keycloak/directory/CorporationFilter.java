package jp.houjin.keycloak.directory;

import java.util.Locale;

import jp.houjin.keycloak.directory.model.Corporation;
import jp.houjin.keycloak.directory.text.InputNormalizer;

/**
 * 法人一覧's search box and status filter over all corporations: digits only find the 法人ID (up to 8 digits) or the
 * 法人番号 (9 to 13) starting with them; any other text is found contained anywhere in the name or the kana (NFKC-normalised, case-insensitive); and
 * optionally one status. Null parts do not filter.
 */
public record CorporationFilter(String text, Corporation.Status status) {

    public static final CorporationFilter ALL = new CorporationFilter(null, null);

    public CorporationFilter {
        String normalized = InputNormalizer.normalize(text);
        if (normalized != null) {
            normalized = normalized.strip().toLowerCase(Locale.ROOT);
            if (normalized.length() > StaffFilter.MAX_TEXT) {
                normalized = normalized.substring(0, StaffFilter.MAX_TEXT);
            }
        }
        text = normalized == null || normalized.isEmpty() ? null : normalized;
    }
}
