package jp.houjin.keycloak.lockout;

import java.util.Map;
import java.util.Optional;

import inet.ipaddr.IPAddress;
import jp.houjin.keycloak.common.ClientAddress;
import jp.houjin.keycloak.directory.ip.IpRanges;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.SingleUseObjectProvider;
import org.keycloak.models.UserModel;

/**
 * Failures of one account from one client address, kept in Keycloak's cluster-wide single-use store as a fixed
 * number of slots. Each attempt reserves a slot atomically ({@code putIfAbsent}) before the password is checked, so
 * parallel guesses cannot all be evaluated: once the slots are taken the address is locked out of the account until
 * they expire. A right password frees the slots. Realm attributes {@value #FAILURES_ATTRIBUTE} (5) and
 * {@value #MINUTES_ATTRIBUTE} (15) tune it.
 */
public final class AddressLock {

    public static final String FAILURES_ATTRIBUTE = "houjinAddressLockFailures";
    public static final String MINUTES_ATTRIBUTE = "houjinAddressLockMinutes";
    /** Event detail saying which lock refused an attempt. */
    public static final String DETAIL_SCOPE = "lock_scope";
    public static final String SCOPE_ADDRESS = "address";

    private static final String PREFIX = "houjin.signin-failure.";
    private static final String GENERATION = "houjin.signin-lock-generation.";
    private static final long GENERATION_LIFESPAN_SECONDS = 24 * 3600;

    /** The slot an attempt holds while its password is checked. */
    public record Reservation(String base, int slots) {
    }

    private AddressLock() {
    }

    /** A slot for this attempt, or empty when this address has used up its failures for the account. */
    public static Optional<Reservation> reserve(KeycloakSession session, RealmModel realm, UserModel user) {
        SingleUseObjectProvider store = session.singleUseObjects();
        int slots = setting(realm, FAILURES_ATTRIBUTE, 5);
        long lifespan = setting(realm, MINUTES_ATTRIBUTE, 15) * 60L;
        String base = PREFIX + generation(store, realm, user.getId()) + "." + user.getId() + "." + addressKey(session) + ".";
        for (int i = 1; i <= slots; i++) {
            if (store.putIfAbsent(base + i, lifespan)) {
                return Optional.of(new Reservation(base, slots));
            }
        }
        return Optional.empty();
    }

    /** The password was right: this address starts afresh for this account. */
    public static void succeeded(KeycloakSession session, Reservation reservation) {
        SingleUseObjectProvider store = session.singleUseObjects();
        for (int i = 1; i <= reservation.slots(); i++) {
            store.remove(reservation.base() + i);
        }
    }

    /**
     * Lifts every address lock of a user (or of the whole realm when {@code userId} is null): the slots of the old
     * generation are no longer read, and expire on their own.
     */
    public static void release(KeycloakSession session, RealmModel realm, String userId) {
        String key = GENERATION + realm.getId() + (userId == null ? "" : "." + userId);
        session.singleUseObjects().put(key, GENERATION_LIFESPAN_SECONDS,
                Map.of("g", java.util.UUID.randomUUID().toString()));
    }

    private static String generation(SingleUseObjectProvider store, RealmModel realm, String userId) {
        return value(store.get(GENERATION + realm.getId())) + "-" + value(store.get(GENERATION + realm.getId() + "." + userId));
    }

    private static String value(Map<String, String> notes) {
        return notes == null || notes.get("g") == null ? "0" : notes.get("g");
    }

    /** The client address as counted: an IPv6 client by its /64 (one host holds a whole /64), untrusted ones together. */
    static String addressKey(KeycloakSession session) {
        String key = ClientAddress.key(session);
        Optional<IPAddress> address = IpRanges.clientAddress(key);
        if (address.isPresent() && address.get().isIPv6()) {
            return address.get().toPrefixBlock(64).toCanonicalString();
        }
        return address.map(IPAddress::toCanonicalString).orElse(key);
    }

    private static int setting(RealmModel realm, String attribute, int fallback) {
        String value = realm.getAttribute(attribute);
        try {
            int parsed = value == null ? fallback : Integer.parseInt(value.strip());
            return parsed > 0 ? parsed : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
