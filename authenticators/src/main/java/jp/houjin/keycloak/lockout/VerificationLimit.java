package jp.houjin.keycloak.lockout;

import java.util.Optional;

import jp.houjin.keycloak.common.ClientAddress;
import jp.houjin.keycloak.common.RateSlots;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * Attempts at 「前任者の異動など」 (法人番号 + 振込口座番号 without a mail link): per client network first
 * ({@value #ADDRESS_ATTRIBUTE}, 10), then per 法人ID typed ({@value #CORPORATION_ATTRIBUTE}, 5), each over
 * {@value AddressLock#MINUTES_ATTRIBUTE} minutes (15). An attempt takes its slots before anything is checked, in
 * Keycloak's cluster-wide single-use store ({@link RateSlots}: atomic, expiring on their own, so nothing grows), so
 * parallel guesses cannot all be evaluated. A stranger can use up a corporation's attempts here, but not an admin's
 * own way back: recovery starts with a mail to the admin's address and its second proof counts per admin and address
 * ({@link AddressLock}). The console's "clear all" lock release ends these too.
 */
public final class VerificationLimit {

    public static final String ADDRESS_ATTRIBUTE = "houjinVerificationAttemptsPerAddress";
    public static final String CORPORATION_ATTRIBUTE = "houjinVerificationAttemptsPerCorporation";
    /** Event detail values of {@link AddressLock#DETAIL_SCOPE} for a refusal here. */
    public static final String SCOPE_CORPORATION = "corporation";

    private static final String PREFIX = "houjin.verification.";

    private VerificationLimit() {
    }

    /** Takes one attempt; the scope whose attempts ran out, or empty when this attempt may go on. */
    public static Optional<String> exhausted(KeycloakSession session, RealmModel realm, String corporateId) {
        long lifespan = RateSlots.setting(realm, AddressLock.MINUTES_ATTRIBUTE, 15) * 60L;
        String generation = AddressLock.realmGeneration(session, realm);
        if (RateSlots.take(session, PREFIX + generation + ".address." + ClientAddress.counterKey(session),
                RateSlots.setting(realm, ADDRESS_ATTRIBUTE, 10), lifespan).isEmpty()) {
            return Optional.of(AddressLock.SCOPE_ADDRESS);
        }
        if (RateSlots.take(session, PREFIX + generation + ".corporation." + corporateId,
                RateSlots.setting(realm, CORPORATION_ATTRIBUTE, 5), lifespan).isEmpty()) {
            return Optional.of(SCOPE_CORPORATION);
        }
        return Optional.empty();
    }
}
