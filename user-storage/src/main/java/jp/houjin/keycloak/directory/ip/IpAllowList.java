package jp.houjin.keycloak.directory.ip;

import java.util.Collection;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.ipv4.IPv4AddressTrie;
import inet.ipaddr.ipv6.IPv6AddressTrie;

/**
 * A compiled allow-list: the ranges in one binary trie per family, so a check walks at most 32 or 128 levels
 * whatever the number of ranges. Entries must come from {@link IpRanges#parse}.
 */
public final class IpAllowList {

    private final IPv4AddressTrie v4 = new IPv4AddressTrie();
    private final IPv6AddressTrie v6 = new IPv6AddressTrie();
    private final int size;

    public IpAllowList(Collection<String> normalizedEntries) {
        int n = 0;
        for (String entry : normalizedEntries) {
            IPAddress block = new IPAddressString(entry).getAddress();
            if (block == null) {
                throw new IllegalArgumentException("Not a normalised allow-list entry: " + entry);
            }
            block = block.isPrefixed() ? block.toPrefixBlock() : block;
            if (block.isIPv4()) {
                v4.add(block.toIPv4());
            } else {
                v6.add(block.toIPv6());
            }
            n++;
        }
        this.size = n;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public int size() {
        return size;
    }

    public boolean allows(IPAddress address) {
        if (address.isIPv4()) {
            return v4.elementContains(address.toIPv4());
        }
        return v6.elementContains(address.toIPv6());
    }
}
