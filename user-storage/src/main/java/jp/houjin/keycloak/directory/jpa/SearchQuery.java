package jp.houjin.keycloak.directory.jpa;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.TypedQuery;
import jp.houjin.keycloak.directory.text.InputNormalizer;

/** The console's search box over the directory: {@code *} or blank lists all; {@code 00000001:user} narrows to one corporation. */
final class SearchQuery {

    private static final Pattern QUALIFIED = Pattern.compile("(\\d{8}):(.*)");

    private final String corporateId;
    private final String like;

    private SearchQuery(String corporateId, String like) {
        this.corporateId = corporateId;
        this.like = like;
    }

    static SearchQuery of(String raw) {
        String term = InputNormalizer.normalize(raw);
        if (term == null) {
            return new SearchQuery(null, null);
        }
        term = term.replace("*", "").toLowerCase(Locale.ROOT);
        Matcher m = QUALIFIED.matcher(term);
        if (m.matches()) {
            return new SearchQuery(m.group(1), m.group(2).isEmpty() ? null : pattern(m.group(2)));
        }
        return new SearchQuery(null, term.isEmpty() ? null : pattern(term));
    }

    /** A LIKE pattern containing the term anywhere, its wildcards escaped (escape character {@code \\}). */
    static String pattern(String term) {
        return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    String where() {
        StringBuilder where = new StringBuilder("where 1 = 1");
        if (corporateId != null) {
            where.append(" and c.corporateId = :cid");
        }
        if (like != null) {
            where.append(" and (c.corporateId like :t escape '\\' or u.userIdKey like :t escape '\\'"
                    + " or u.emailKey like :t escape '\\' or lower(u.familyName) like :t escape '\\'"
                    + " or lower(u.givenName) like :t escape '\\' or lower(u.kanaFamilyName) like :t escape '\\'"
                    + " or lower(u.kanaGivenName) like :t escape '\\' or lower(c.name) like :t escape '\\')");
        }
        return where.toString();
    }

    void bind(TypedQuery<?> query) {
        if (corporateId != null) {
            query.setParameter("cid", corporateId);
        }
        if (like != null) {
            query.setParameter("t", like);
        }
    }
}
