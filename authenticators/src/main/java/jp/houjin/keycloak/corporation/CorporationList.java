package jp.houjin.keycloak.corporation;

import java.util.List;

/** One page of 法人一覧: the corporations on it, how many match in all, and where the page starts. */
public record CorporationList(List<CorporationSummary> corporations, long total, int first, int max) {

    public boolean hasPrevious() {
        return first > 0;
    }

    public boolean hasNext() {
        return first + corporations.size() < total;
    }
}
