package jp.houjin.keycloak.directory.jpa;

import jakarta.persistence.TypedQuery;
import jp.houjin.keycloak.directory.CorporationFilter;

/**
 * The JPQL of 法人一覧: corporations filtered and searched in the database, ordered by 法人ID (the unique index on it,
 * or with a status the index on status and 法人ID, serves order and paging). A search of digits only looks up one
 * index by its leading digits: up to 8 digits the 法人ID's, 9 to 13 the 法人番号's (one column each, so the database
 * scans a range of one index, never the table). Any other search is contained anywhere in the name or the kana
 * ({@code search_key}, read from the index on 法人ID and search_key, never the table's rows; it holds the full-width
 * space kana are stored with as the space the normalised search has).
 */
final class CorporationSearch {

    private final CorporationFilter filter;

    CorporationSearch(CorporationFilter filter) {
        this.filter = filter == null ? CorporationFilter.ALL : filter;
    }

    /** The longest 法人ID; longer digits are a 法人番号. */
    private static final int CORPORATE_ID_DIGITS = 8;

    private boolean digits() {
        return filter.text() != null && filter.text().chars().allMatch(ch -> ch >= '0' && ch <= '9');
    }

    String where() {
        StringBuilder where = new StringBuilder("where 1 = 1");
        if (filter.status() != null) {
            where.append(" and c.status = :status");
        }
        if (digits()) {
            where.append(filter.text().length() <= CORPORATE_ID_DIGITS ? " and c.corporateId like :prefix"
                    : " and c.corporateNumber like :prefix");
        } else if (filter.text() != null) {
            where.append(" and c.searchKey like :t escape '\\'");
        }
        return where.toString();
    }

    <T> TypedQuery<T> bind(TypedQuery<T> query) {
        if (filter.status() != null) {
            query.setParameter("status", filter.status().name());
        }
        if (digits()) {
            query.setParameter("prefix", filter.text() + "%");
        } else if (filter.text() != null) {
            query.setParameter("t", SearchQuery.pattern(filter.text()));
        }
        return query;
    }
}
