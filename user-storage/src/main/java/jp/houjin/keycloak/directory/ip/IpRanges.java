package jp.houjin.keycloak.directory.ip;

import java.util.Optional;

import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.IPAddressStringParameters;

/**
 * One allow-list entry as an admin types it: an IPv4 or IPv6 address or CIDR range. Surrounding white space is
 * ignored, host bits are cleared (10.1.2.3/8 is 10.0.0.0/8), IPv4-mapped IPv6 addresses become IPv4. Refused with a
 * reason: empty, zone ids (fe80::1%eth0), prefix lengths out of range, ranges that are not CIDR blocks, names.
 */
public final class IpRanges {

    private static final IPAddressStringParameters STRICT = new IPAddressStringParameters.Builder()
            .allowEmpty(false).allowAll(false).allowSingleSegment(false).allowWildcardedSeparator(false)
            .setEmptyAsLoopback(false).allowMask(false)
            .getIPv4AddressParametersBuilder().allowLeadingZeros(false).allow_inet_aton(false).allowWildcardedSeparator(false)
            .getParentBuilder()
            .getIPv6AddressParametersBuilder().allowZone(false).allowWildcardedSeparator(false)
            .getParentBuilder().toParams();

    public record Entry(String normalized, String reason) {
        public boolean ok() {
            return reason == null;
        }
    }

    private IpRanges() {
    }

    public static Entry parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return new Entry(null, "empty entry");
        }
        String text = raw.strip();
        if (text.length() > 64) {
            return new Entry(null, "longer than 64 characters");
        }
        if (text.contains("%")) {
            return new Entry(null, "zone ids (%) are not allowed");
        }
        IPAddress address;
        try {
            address = new IPAddressString(text, STRICT).toAddress();
        } catch (AddressStringException e) {
            return new Entry(null, text.contains("/") ? "not an IP address or CIDR range, or the prefix length is out of range"
                    : "not an IP address or CIDR range");
        }
        if (address == null) {
            return new Entry(null, "not an IP address or CIDR range");
        }
        address = ipv4IfMapped(address);
        if (!address.isPrefixed() && address.isMultiple()) {
            return new Entry(null, "ranges must be CIDR blocks");
        }
        IPAddress block = address.isPrefixed() ? address.toPrefixBlock() : address;
        return new Entry(block.isPrefixed() ? block.toPrefixLengthString() : block.toCanonicalString(), null);
    }

    /** A client address as Keycloak resolved it, or empty when it is not an IP address. */
    public static Optional<IPAddress> clientAddress(String remoteAddr) {
        if (remoteAddr == null) {
            return Optional.empty();
        }
        IPAddress address = new IPAddressString(remoteAddr.strip()).getAddress();
        if (address == null) {
            return Optional.empty();
        }
        return Optional.of(ipv4IfMapped(address.isIPv6() ? address.toIPv6().removeZone() : address));
    }

    static IPAddress ipv4IfMapped(IPAddress address) {
        if (address.isIPv6() && address.toIPv6().isIPv4Mapped()) {
            IPAddress v4 = address.toIPv6().getEmbeddedIPv4Address();
            Integer prefix = address.getNetworkPrefixLength();
            if (prefix != null) {
                return prefix >= 96 ? v4.setPrefixLength(prefix - 96, false) : address;
            }
            return v4;
        }
        return address;
    }
}
