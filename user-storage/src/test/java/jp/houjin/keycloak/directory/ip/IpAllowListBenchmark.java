package jp.houjin.keycloak.directory.ip;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import inet.ipaddr.IPAddress;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One allow-list check against lists of 10 and 10 000 ranges (half IPv4 /24, half IPv6 /48), on addresses half
 * inside and half outside; and the cost of compiling the list, which the login path pays once per sign-in.
 * Run by bench/run.sh; not a test.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class IpAllowListBenchmark {

    @Param({"10", "10000"})
    int ranges;

    List<String> entries;
    IpAllowList list;
    IPAddress[] probes;
    int next;

    @Setup
    public void setUp() {
        Random random = new Random(42);
        entries = new ArrayList<>();
        List<IPAddress> inside = new ArrayList<>();
        for (int i = 0; i < ranges; i++) {
            if (i % 2 == 0) {
                String net = (1 + random.nextInt(222)) + "." + random.nextInt(256) + "." + random.nextInt(256);
                entries.add(IpRanges.parse(net + ".0/24").normalized());
                inside.add(IpRanges.clientAddress(net + "." + random.nextInt(256)).orElseThrow());
            } else {
                String net = String.format("2001:%x:%x", random.nextInt(0x10000), random.nextInt(0x10000));
                entries.add(IpRanges.parse(net + "::/48").normalized());
                inside.add(IpRanges.clientAddress(net + ":1::" + Integer.toHexString(random.nextInt(0x10000))).orElseThrow());
            }
        }
        list = new IpAllowList(entries);
        probes = new IPAddress[1024];
        for (int i = 0; i < probes.length; i++) {
            probes[i] = i % 2 == 0 ? inside.get(random.nextInt(inside.size()))
                    : IpRanges.clientAddress(i % 4 == 1 ? "198.18." + random.nextInt(256) + "." + random.nextInt(256)
                            : "2001:db8:ffff::" + Integer.toHexString(random.nextInt(0x10000))).orElseThrow();
        }
    }

    @Benchmark
    public boolean check() {
        return list.allows(probes[next++ & 1023]);
    }

    @Benchmark
    public IpAllowList compile() {
        return new IpAllowList(entries);
    }
}
