package jp.houjin.keycloak.directory.jpa;

import jakarta.persistence.TypedQuery;
import jp.houjin.keycloak.directory.CorporationFilter;

/**
 * The JPQL of 法人一覧: corporations filtered and searched in the database, ordered by 法人ID (the unique index on it,
 * or with a status the index on status and 法人ID, serves order and paging). A search of digits only is a 法人ID or a
 * 法人番号 (or their leading digits): a range scan of their indexes. Any other search is contained anywhere in the
 * name or the kana (a scan of the table); a space typed in it also finds the full-width space kana are stored with.
 */
final class CorporationSearch {

    private final CorporationFilter filter;

    CorporationSearch(CorporationFilter filter) {
        this.filter = filter == null ? CorporationFilter.ALL : filter;
    }

    private boolean digits() {
        return filter.text() != null && filter.text().chars().allMatch(ch -> ch >= '0' && ch <= '9');
    }

    String where() {
        StringBuilder where = new StringBuilder("where 1 = 1");
        if (filter.status() != null) {
            where.append(" and c.status = :status");
        }
        if (digits()) {
            where.append(" and (c.corporateId like :prefix or c.corporateNumber like :prefix)");
        } else if (filter.text() != null) {
            where.append(" and (lower(c.name) like :t escape '\\' or c.nameKana like :kana escape '\\')");
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
            query.setParameter("kana", SearchQuery.pattern(filter.text().replace(' ', '\u3000')));
        }
        return query;
    }
}
