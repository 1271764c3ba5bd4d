package jp.houjin.keycloak.ipaccess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jp.houjin.keycloak.directory.ip.IpRanges;
import org.junit.jupiter.api.Test;

class IpAllowListChangeTest {

    @Test
    void givenThePagesBoxThenBlankLinesAreSkippedFullWidthIsNormalisedAndDuplicatesCollapse() {
        IpAllowListChange change = IpAllowListChange.ofLines("203.0.113.0/24\r\n\n  ２００１：ｄｂ８：：／３２ \n203.0.113.9/24\n\u3000\n");
        assertThat(change.ok()).isTrue();
        assertThat(change.entries()).containsExactly("203.0.113.0/24", "2001:db8::/32");
    }

    @Test
    void givenBadLinesThenEachIsNamedWithItsLineAndNothingIsAccepted() {
        IpAllowListChange change = IpAllowListChange.ofLines(
                "198.51.100.0/24\n10.0.0.0/33\n\nexample.jp\n10.0.0.1\u0007\n" + "1".repeat(300));
        assertThat(change.ok()).isFalse();
        assertThat(change.problems()).extracting(IpAllowListChange.Problem::line).containsExactly(2, 4, 5, 6);
        assertThat(change.problems()).extracting(IpAllowListChange.Problem::problem).containsExactly(
                IpRanges.Problem.PREFIX_LENGTH, IpRanges.Problem.FORMAT, IpRanges.Problem.CONTROL_CHARACTER,
                IpRanges.Problem.TOO_LONG);
        assertThat(change.problems().get(2).entry()).as("controls are not shown back").isEqualTo("10.0.0.1\uFFFD");
        assertThat(change.problems().get(3).entry()).hasSize(IpRanges.MAX_LENGTH + 1).endsWith("…");
        assertThat(change.problems().get(0).messageKey()).isEqualTo("houjinIpEntry_prefix_length");
    }

    @Test
    void givenTheApisEntriesThenAnEmptyOneIsRefusedAndNullMeansAnEmptyList() {
        assertThat(IpAllowListChange.ofEntries(Arrays.asList("203.0.113.1", "")).problems())
                .extracting(IpAllowListChange.Problem::code).containsExactly("empty");
        assertThat(IpAllowListChange.ofEntries(null).entries()).isEmpty();
        assertThat(IpAllowListChange.ofEntries(null).ok()).isTrue();
    }

    @Test
    void givenMoreThanTheLimitThenTheListIsRefusedWhole() {
        List<String> entries = new ArrayList<>();
        for (int i = 0; i <= IpAllowListChange.MAX_ENTRIES; i++) {
            entries.add("10." + (i >> 16 & 0xff) + "." + (i >> 8 & 0xff) + "." + (i & 0xff));
        }
        IpAllowListChange change = IpAllowListChange.ofEntries(entries);
        assertThat(change.tooMany()).isTrue();
        assertThat(change.ok()).isFalse();
        assertThat(IpAllowListChange.ofEntries(entries.subList(0, IpAllowListChange.MAX_ENTRIES)).ok()).isTrue();
    }
}
