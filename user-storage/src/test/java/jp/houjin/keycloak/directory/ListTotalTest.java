package jp.houjin.keycloak.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class ListTotalTest {

    private final AtomicInteger counted = new AtomicInteger();

    private long count() {
        counted.incrementAndGet();
        return 4242;
    }

    @Test
    void givenAShortFirstPageThenItIsTheTotalAndNothingIsCounted() {
        assertThat(ListTotal.of(0, 20, 3, this::count)).isEqualTo(3);
        assertThat(ListTotal.of(0, 20, 0, this::count)).isZero();
        assertThat(counted).hasValue(0);
    }

    @Test
    void givenAShortLaterPageThenTheRowsBeforeItAreAdded() {
        assertThat(ListTotal.of(40, 20, 7, this::count)).isEqualTo(47);
        assertThat(counted).hasValue(0);
    }

    @Test
    void givenAFullPageThenTheListIsCounted() {
        assertThat(ListTotal.of(0, 20, 20, this::count)).isEqualTo(4242);
        assertThat(ListTotal.of(100, 20, 20, this::count)).isEqualTo(4242);
        assertThat(counted).hasValue(2);
    }

    @Test
    void givenAnEmptyPagePastTheStartThenTheListIsCounted() {
        // Past the end, the page says nothing about where the list ended.
        assertThat(ListTotal.of(60, 20, 0, this::count)).isEqualTo(4242);
        assertThat(counted).hasValue(1);
    }
}
