package jp.houjin.keycloak.directory.ip;

import java.util.Optional;

import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.IPAddressStringParameters;
import jp.houjin.keycloak.directory.text.InputNormalizer;

/**
 * One allow-list entry as an admin types it: an IPv4 or IPv6 address or CIDR range. Full-width characters count as
 * half-width (NFKC), surrounding white space is ignored, host bits are cleared (10.1.2.3/8 is 10.0.0.0/8), IPv4-mapped IPv6 addresses become IPv4. Refused with a
 * {@link Problem}: empty, longer than {@value #MAX_LENGTH} characters, control characters, zone ids (fe80::1%eth0), prefix lengths out of range, ranges that are not CIDR blocks, names.
 */
public final class IpRanges {

    private static final IPAddressStringParameters STRICT = new IPAddressStringParameters.Builder()
            .allowEmpty(false).allowAll(false).allowSingleSegment(false).allowWildcardedSeparator(false)
            .setEmptyAsLoopback(false).allowMask(false)
            .getIPv4AddressParametersBuilder().allowLeadingZeros(false).allow_inet_aton(false).allowWildcardedSeparator(false)
            .getParentBuilder()
            .getIPv6AddressParametersBuilder().allowZone(false).allowWildcardedSeparator(false)
            .getParentBuilder().toParams();

    /** Why an entry was refused; {@link #reason()} says it in English for logs and the operators' API. */
    public enum Problem {
        EMPTY("empty entry"),
        TOO_LONG("longer than " + MAX_LENGTH + " characters"),
        CONTROL_CHARACTER("holds control characters"),
        ZONE_ID("zone ids (%) are not allowed"),
        PREFIX_LENGTH("the prefix length is out of range"),
        NOT_CIDR_BLOCK("ranges must be CIDR blocks"),
        FORMAT("not an IP address or CIDR range");

        private final String reason;

        Problem(String reason) {
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    /** Longest entry accepted (after normalisation): the longest IPv6 CIDR is 43 characters. */
    public static final int MAX_LENGTH = 64;

    public record Entry(String normalized, Problem problem) {
        public boolean ok() {
            return problem == null;
        }

        /** Why it was refused, in English; null when accepted. */
        public String reason() {
            return problem == null ? null : problem.reason();
        }
    }

    private IpRanges() {
    }

    /**
     * Parses one entry as typed: NFKC first (full-width digits, dots, colons, slashes become half-width, as in every
     * ID field), surrounding white space removed; control characters refused.
     */
    public static Entry parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return new Entry(null, Problem.EMPTY);
        }
        if (raw.length() > 4 * MAX_LENGTH) {
            return new Entry(null, Problem.TOO_LONG);
        }
        if (InputNormalizer.hasControl(raw)) {
            return new Entry(null, Problem.CONTROL_CHARACTER);
        }
        String text = InputNormalizer.normalize(raw);
        if (text.isEmpty()) {
            return new Entry(null, Problem.EMPTY);
        }
        if (text.length() > MAX_LENGTH) {
            return new Entry(null, Problem.TOO_LONG);
        }
        if (InputNormalizer.hasControl(text)) {
            return new Entry(null, Problem.CONTROL_CHARACTER);
        }
        if (text.contains("%")) {
            return new Entry(null, Problem.ZONE_ID);
        }
        IPAddress address;
        try {
            address = new IPAddressString(text, STRICT).toAddress();
        } catch (AddressStringException e) {
            int slash = text.indexOf('/');
            boolean addressBeforeSlash = slash > 0 && new IPAddressString(text.substring(0, slash), STRICT).isIPAddress();
            return new Entry(null, addressBeforeSlash ? Problem.PREFIX_LENGTH : Problem.FORMAT);
        }
        if (address == null) {
            return new Entry(null, Problem.FORMAT);
        }
        address = ipv4IfMapped(address);
        if (!address.isPrefixed() && address.isMultiple()) {
            return new Entry(null, Problem.NOT_CIDR_BLOCK);
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
