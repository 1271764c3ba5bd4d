package jp.houjin.keycloak.directory;

import java.util.Locale;

import jp.houjin.keycloak.directory.model.Corporation;
import jp.houjin.keycloak.directory.text.InputNormalizer;

/**
 * 法人一覧's search box and status filter over all corporations: a text found in the 法人ID, the name, the kana or the
 * 法人番号 (NFKC-normalised, case-insensitive, contained anywhere), and optionally one status. Null parts do not filter.
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
