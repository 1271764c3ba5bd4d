package jp.houjin.keycloak.directory.jpa;

import jakarta.persistence.TypedQuery;
import jp.houjin.keycloak.directory.CorporationFilter;

/**
 * The JPQL of 法人一覧: corporations filtered and searched in the database, ordered by 法人ID (the unique index on it,
 * or with a status the index on status and 法人ID, serves order and paging).
 */
final class CorporationSearch {

    private final CorporationFilter filter;

    CorporationSearch(CorporationFilter filter) {
        this.filter = filter == null ? CorporationFilter.ALL : filter;
    }

    String where() {
        StringBuilder where = new StringBuilder("where 1 = 1");
        if (filter.status() != null) {
            where.append(" and c.status = :status");
        }
        if (filter.text() != null) {
            where.append(" and (c.corporateId like :t escape '\\' or lower(c.name) like :t escape '\\'"
                    + " or lower(c.nameKana) like :t escape '\\' or c.corporateNumber like :t escape '\\')");
        }
        return where.toString();
    }

    <T> TypedQuery<T> bind(TypedQuery<T> query) {
        if (filter.status() != null) {
            query.setParameter("status", filter.status().name());
        }
        if (filter.text() != null) {
            query.setParameter("t", SearchQuery.pattern(filter.text()));
        }
        return query;
    }
}
