package jp.houjin.keycloak.directory.jpa;

import jakarta.persistence.TypedQuery;
import jp.houjin.keycloak.directory.StaffFilter;
import jp.houjin.keycloak.directory.model.Corporation;

/**
 * The JPQL of スタッフ管理's list: one corporation's users, filtered and searched in the database, ordered by user ID
 * (the unique index on corporation and user ID serves order and paging; migration 9 adds corporation + status;
 * migration 12 the search column, migration 13 its index with the user ID, so a search reads one index in the list's
 * order instead of six columns of every row).
 */
final class StaffSearch {

    private final Corporation corporation;
    private final StaffFilter filter;

    StaffSearch(Corporation corporation, StaffFilter filter) {
        this.corporation = corporation;
        this.filter = filter == null ? StaffFilter.ALL : filter;
    }

    String where() {
        StringBuilder where = new StringBuilder("where u.corporation = :corporation");
        if (filter.status() != null) {
            where.append(" and u.status = :status");
        }
        if (filter.role() != null) {
            where.append(" and u.role = :role");
        }
        if (filter.group() != null) {
            where.append(" and u.userGroup.path like :group");
        }
        if (filter.within() != null) {
            where.append(" and u.userGroup.path like :within");
        }
        if (filter.text() != null) {
            // One column holding user ID, email, names and kana (CorporateUser#searchKey), with its own index.
            where.append(" and u.searchKey like :t escape '\\'");
        }
        return where.toString();
    }

    <T> TypedQuery<T> bind(TypedQuery<T> query) {
        query.setParameter("corporation", corporation);
        if (filter.status() != null) {
            query.setParameter("status", filter.status().name());
        }
        if (filter.role() != null) {
            query.setParameter("role", filter.role().name());
        }
        if (filter.group() != null) {
            query.setParameter("group", filter.group().getPath() + "%");
        }
        if (filter.within() != null) {
            query.setParameter("within", filter.within().getPath() + "%");
        }
        if (filter.text() != null) {
            query.setParameter("t", SearchQuery.pattern(filter.text()));
        }
        return query;
    }
}
