package jp.houjin.keycloak.common;

import java.util.Optional;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.SingleUseObjectProvider;

/**
 * A limit of N events per key within a time window that holds under parallel requests and across a cluster: N slots
 * in Keycloak's cluster-wide single-use store, each taken atomically ({@code putIfAbsent}) and expiring on its own,
 * so nothing has to be purged. A request that finds every slot taken is over the limit.
 */
public final class RateSlots {

    private RateSlots() {
    }

    /** Takes a free slot of {@code key}; empty when all {@code slots} are taken. */
    public static Optional<String> take(KeycloakSession session, String key, int slots, long lifespanSeconds) {
        SingleUseObjectProvider store = session.singleUseObjects();
        for (int i = 1; i <= slots; i++) {
            String slot = key + "." + i;
            if (store.putIfAbsent(slot, lifespanSeconds)) {
                return Optional.of(slot);
            }
        }
        return Optional.empty();
    }

    /** Frees every slot of {@code key}. */
    public static void clear(KeycloakSession session, String key, int slots) {
        SingleUseObjectProvider store = session.singleUseObjects();
        for (int i = 1; i <= slots; i++) {
            store.remove(key + "." + i);
        }
    }

    /** A positive whole-number realm attribute, or the fallback. */
    public static int setting(RealmModel realm, String attribute, int fallback) {
        String value = realm.getAttribute(attribute);
        try {
            int parsed = value == null ? fallback : Integer.parseInt(value.strip());
            return parsed > 0 ? parsed : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
