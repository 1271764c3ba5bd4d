package jp.houjin.keycloak.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import inet.ipaddr.IPAddress;
import jakarta.ws.rs.core.HttpHeaders;
import jp.houjin.keycloak.directory.ip.IpRanges;
import org.keycloak.models.KeycloakSession;

/**
 * The client address the allow-lists and per-address counters use: the one Keycloak resolved under its proxy
 * settings ({@code --proxy-headers}, {@code --proxy-trusted-addresses}) — we never pick an address out of a
 * forwarded header ourselves. One rule on top: behind a proxy that <em>appends</em> to X-Forwarded-For (nginx's
 * {@code $proxy_add_x_forwarded_for}, many load balancers), a client can start the chain with an address of its own
 * choosing, and Keycloak takes the first entry. So when the resolved address is the first of a chain of several,
 * it is not trusted: allow-lists refuse it and counters share one bucket for all such requests. The proxy must
 * overwrite the header with the address it saw (README, "Behind a reverse proxy").
 */
public final class ClientAddress {

    /** The counter key of requests whose address a client could have chosen. */
    public static final String UNTRUSTED_KEY = "untrusted-forwarded-chain";

    private ClientAddress() {
    }

    /** Keycloak's resolved address, unless a client could have written it into a forwarded chain. */
    public static Optional<String> trusted(KeycloakSession session) {
        String remote = session.getContext().getConnection().getRemoteAddr();
        HttpHeaders headers = session.getContext().getRequestHeaders();
        if (headers != null && (startsLongerChain(entries(headers.getRequestHeader("X-Forwarded-For"), false), remote)
                || startsLongerChain(entries(headers.getRequestHeader("Forwarded"), true), remote))) {
            return Optional.empty();
        }
        return Optional.ofNullable(remote);
    }

    /** For counters and records: the trusted address, or one shared key for every untrusted one. */
    public static String key(KeycloakSession session) {
        return trusted(session).orElse(UNTRUSTED_KEY);
    }

    /**
     * The key per-address counters use: {@link #key}, with an IPv6 client counted by its /64 (one host usually holds
     * a whole /64, so single addresses would give it endless fresh counters).
     */
    public static String counterKey(KeycloakSession session) {
        String key = key(session);
        Optional<IPAddress> address = IpRanges.clientAddress(key);
        if (address.isPresent() && address.get().isIPv6()) {
            return address.get().toPrefixBlock(64).toCanonicalString();
        }
        return address.map(IPAddress::toCanonicalString).orElse(key);
    }

    private static boolean startsLongerChain(List<String> chain, String remote) {
        return chain.size() > 1 && sameAddress(chain.get(0), remote);
    }

    private static boolean sameAddress(String entry, String remote) {
        Optional<IPAddress> a = IpRanges.clientAddress(entry);
        Optional<IPAddress> b = IpRanges.clientAddress(remote);
        if (a.isPresent() && b.isPresent()) {
            return a.get().equals(b.get());
        }
        return entry.equalsIgnoreCase(String.valueOf(remote));
    }

    /** The addresses of a header, in order: X-Forwarded-For's entries, or the for= of each Forwarded element. */
    static List<String> entries(List<String> values, boolean forwarded) {
        List<String> result = new ArrayList<>();
        if (values == null) {
            return result;
        }
        for (String value : values) {
            for (String element : value.split(",")) {
                String address = forwarded ? forParameter(element) : element.strip();
                if (address != null && !address.isEmpty()) {
                    result.add(bare(address));
                }
            }
        }
        return result;
    }

    private static String forParameter(String element) {
        for (String pair : element.split(";")) {
            String p = pair.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("for=")) {
                return p.substring(4).strip();
            }
        }
        return null;
    }

    /** Without quotes, IPv6 brackets and a port. */
    private static String bare(String address) {
        String a = address.replace("\"", "").strip();
        if (a.startsWith("[")) {
            int end = a.indexOf(']');
            return end > 0 ? a.substring(1, end) : a;
        }
        int colon = a.indexOf(':');
        return colon > 0 && colon == a.lastIndexOf(':') ? a.substring(0, colon) : a;
    }
}
