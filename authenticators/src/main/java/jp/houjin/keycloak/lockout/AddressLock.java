package jp.houjin.keycloak.lockout;

import java.util.Map;
import java.util.Optional;

import jp.houjin.keycloak.common.ClientAddress;
import jp.houjin.keycloak.common.RateSlots;
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
        int slots = RateSlots.setting(realm, FAILURES_ATTRIBUTE, 5);
        long lifespan = RateSlots.setting(realm, MINUTES_ATTRIBUTE, 15) * 60L;
        String base = PREFIX + generation(session.singleUseObjects(), realm, user.getId()) + "." + user.getId() + "."
                + ClientAddress.counterKey(session);
        return RateSlots.take(session, base, slots, lifespan).map(slot -> new Reservation(base, slots));
    }

    /** The password was right: this address starts afresh for this account. */
    public static void succeeded(KeycloakSession session, Reservation reservation) {
        RateSlots.clear(session, reservation.base(), reservation.slots());
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

    /**
     * The longest a lock of a sign-in page lasts in this realm, in whole minutes: this lock's span or Keycloak's
     * longest temporary lockout, whichever is longer; empty when Keycloak's lockout is permanent (then only an admin's
     * unlock or a new initial password lifts it).
     */
    public static java.util.OptionalInt longestMinutes(RealmModel realm) {
        if (realm.isPermanentLockout()) {
            return java.util.OptionalInt.empty();
        }
        int keycloak = (realm.getMaxFailureWaitSeconds() + 59) / 60;
        return java.util.OptionalInt.of(Math.max(RateSlots.setting(realm, MINUTES_ATTRIBUTE, 15), keycloak));
    }

    /** The realm-wide part of the generation: the console's "clear all" starts a new one. */
    static String realmGeneration(KeycloakSession session, RealmModel realm) {
        return value(session.singleUseObjects().get(GENERATION + realm.getId()));
    }

    private static String generation(SingleUseObjectProvider store, RealmModel realm, String userId) {
        return value(store.get(GENERATION + realm.getId())) + "-" + value(store.get(GENERATION + realm.getId() + "." + userId));
    }

    private static String value(Map<String, String> notes) {
        return notes == null || notes.get("g") == null ? "0" : notes.get("g");
    }
}
