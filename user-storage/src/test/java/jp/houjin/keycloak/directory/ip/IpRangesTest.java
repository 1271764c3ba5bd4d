package jp.houjin.keycloak.directory.ip;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import inet.ipaddr.IPAddress;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IpRangesTest {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
            "203.0.113.0/24 | 203.0.113.0/24",
            "'  203.0.113.7 ' | 203.0.113.7",
            "10.1.2.3/8 | 10.0.0.0/8",
            "2001:db8::/32 | 2001:db8::/32",
            "2001:DB8:0:0:0:0:0:1 | 2001:db8::1",
            "::ffff:192.0.2.1 | 192.0.2.1",
            "::ffff:192.0.2.0/120 | 192.0.2.0/24",
            "::1 | ::1",
            "0.0.0.0/0 | 0.0.0.0/0",
            "２０３．０．１１３．０／２４ | 203.0.113.0/24",
            "'　２００１：ｄｂ８：：／３２　' | 2001:db8::/32",
    })
    void givenValidEntriesThenTheyAreNormalised(String raw, String expected) {
        IpRanges.Entry entry = IpRanges.parse(raw);
        assertThat(entry.reason()).isNull();
        assertThat(entry.normalized()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', value = {
            "10.0.0.0/33", "2001:db8::/129", "10.0.0.256", "fe80::1%eth0", "example.jp", "10.0.0.*",
            "10.0.0.1-10.0.0.9", "1.2.3", "010.0.0.1", "'   '", "10.0.0.0/-1", "::/abc",
    })
    void givenBadEntriesThenEachIsRefusedWithAReason(String raw) {
        IpRanges.Entry entry = IpRanges.parse(raw);
        assertThat(entry.ok()).isFalse();
        assertThat(entry.reason()).isNotBlank();
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
            "'' | EMPTY", "'　' | EMPTY", "10.0.0.0/33 | PREFIX_LENGTH", "fe80::1%eth0 | ZONE_ID",
            "fe80::1％eth0 | ZONE_ID", "example.jp | FORMAT", "<b>1.2.3.4</b> | FORMAT", "::/abc | PREFIX_LENGTH",
    })
    void givenBadEntriesThenTheProblemIsNamed(String raw, IpRanges.Problem expected) {
        assertThat(IpRanges.parse(raw).problem()).isEqualTo(expected);
    }

    @Test
    void givenControlCharactersOrOverlongEntriesThenTheyAreRefusedBeforeParsing() {
        assertThat(IpRanges.parse("203.0.113.0\u0000/24").problem()).isEqualTo(IpRanges.Problem.CONTROL_CHARACTER);
        assertThat(IpRanges.parse("203.0.113.0/24\u202e").problem()).isEqualTo(IpRanges.Problem.CONTROL_CHARACTER);
        assertThat(IpRanges.parse("1".repeat(65)).problem()).isEqualTo(IpRanges.Problem.TOO_LONG);
        assertThat(IpRanges.parse("1".repeat(100_000)).problem()).isEqualTo(IpRanges.Problem.TOO_LONG);
    }

    @Test
    void givenAnAllowListThenAddressesInsideAnyRangePassAndOthersDoNot() {
        IpAllowList list = new IpAllowList(List.of("203.0.113.0/24", "2001:db8::/32", "192.0.2.5"));
        assertThat(list.allows(address("203.0.113.200"))).isTrue();
        assertThat(list.allows(address("203.0.114.1"))).isFalse();
        assertThat(list.allows(address("192.0.2.5"))).isTrue();
        assertThat(list.allows(address("192.0.2.6"))).isFalse();
        assertThat(list.allows(address("2001:db8:1::5"))).isTrue();
        assertThat(list.allows(address("2001:db9::5"))).isFalse();
        assertThat(list.allows(address("::ffff:203.0.113.9"))).as("IPv4-mapped client").isTrue();
        assertThat(list.allows(address("::1"))).isFalse();
    }

    @Test
    void givenAHundredThousandEntriesThenTheyCompileAndMatch() {
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            entries.add(IpRanges.parse("10." + (i >> 8 & 0xff) + "." + (i & 0xff) + ".0/28").normalized());
        }
        IpAllowList list = new IpAllowList(entries);
        assertThat(list.size()).isEqualTo(100_000);
        assertThat(list.allows(address("10.3.7.15"))).isTrue();
        assertThat(list.allows(address("10.3.7.16"))).isFalse();
    }

    @Test
    void givenClientAddressesThenZonesAndMappingAreHandled() {
        assertThat(IpRanges.clientAddress("fe80::1%eth0").map(IPAddress::toCanonicalString)).contains("fe80::1");
        assertThat(IpRanges.clientAddress("::ffff:127.0.0.1").map(IPAddress::toCanonicalString)).contains("127.0.0.1");
        assertThat(IpRanges.clientAddress("not-an-ip")).isEmpty();
        assertThat(IpRanges.clientAddress(null)).isEmpty();
    }

    @Property
    void givenAnyStringThenParsingNeverThrowsAndAcceptedEntriesAreStable(@ForAll @StringLength(max = 80) String raw) {
        IpRanges.Entry entry = IpRanges.parse(raw);
        if (entry.ok()) {
            assertThat(IpRanges.parse(entry.normalized()).normalized()).isEqualTo(entry.normalized());
        } else {
            assertThat(entry.reason()).isNotBlank();
        }
    }

    @Property
    void givenAnyIpv4BlockThenItsOwnAddressesAreAllowed(@ForAll @IntRange(min = 0) int bits,
            @ForAll @IntRange(min = 0, max = 32) int prefix) {
        String address = (bits >>> 24) + "." + (bits >>> 16 & 0xff) + "." + (bits >>> 8 & 0xff) + "." + (bits & 0xff);
        IpRanges.Entry entry = IpRanges.parse(address + "/" + prefix);
        assertThat(entry.ok()).isTrue();
        assertThat(new IpAllowList(List.of(entry.normalized())).allows(address(address))).isTrue();
    }

    private static IPAddress address(String s) {
        return IpRanges.clientAddress(s).orElseThrow();
    }
}
