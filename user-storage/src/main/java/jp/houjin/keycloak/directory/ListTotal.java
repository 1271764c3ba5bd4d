package jp.houjin.keycloak.directory;

import java.util.function.LongSupplier;

/**
 * The total of a paged list (スタッフ一覧, 法人一覧). A page shorter than asked for ends the list, so it tells the total
 * by itself — a search matching a few of 100 000 rows then costs one pass over the index, not two; only a full page,
 * or an empty page past the start, leaves the total to the count.
 */
public final class ListTotal {

    private ListTotal() {
    }

    /**
     * @param first the page's first position (0-based), as asked
     * @param max   the page size asked for
     * @param rows  how many rows the page holds
     * @param count counts the whole list, called only when the page does not tell
     */
    public static long of(int first, int max, int rows, LongSupplier count) {
        if (rows < max && (rows > 0 || first == 0)) {
            return (long) first + rows;
        }
        return count.getAsLong();
    }
}
