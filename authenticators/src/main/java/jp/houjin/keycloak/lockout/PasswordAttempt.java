package jp.houjin.keycloak.lockout;

import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import jp.houjin.keycloak.common.LoginPage;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.authenticators.browser.AbstractUsernameFormAuthenticator;
import org.keycloak.authentication.authenticators.util.AuthenticatorUtils;
import org.keycloak.events.Errors;
import org.keycloak.models.UserModel;

/** One password attempt on a page of the corporate form, under both locks. */
public final class PasswordAttempt {

    private PasswordAttempt() {
    }

    /**
     * Lockout first (the account everywhere, then this address for this account: see the lockout package), then the
     * password; every failure counts. A locked account answers exactly as a wrong password does — the same message,
     * and the same time, because the password is hashed anyway (its result is ignored) — so neither the page nor its
     * timing tells that an account exists or is locked. The event says which lock it was.
     */
    public static boolean check(AuthenticationFlowContext context, LoginPage page, UserModel user,
            BooleanSupplier passwordMatches, String invalidMessage) {
        return check(context, page, user,
                () -> passwordMatches.getAsBoolean() ? null : Errors.INVALID_USER_CREDENTIALS, invalidMessage,
                invalidMessage);
    }

    /**
     * The same for a page that tells a locked account so ({@code lockedMessage}, e.g. the certificate sign-in, whose
     * holder is known by the certificate) and whose secrets can be wrong in more than one way: {@code failure} checks
     * them all and answers the event error of a mismatch, or null when they match.
     */
    public static boolean check(AuthenticationFlowContext context, LoginPage page, UserModel user,
            Supplier<String> failure, String invalidMessage, String lockedMessage, Object... lockedParams) {
        context.getEvent().user(user);
        // Keycloak's own rule for its brute-force detector (as its username/password form applies it).
        String locked = AuthenticatorUtils.getDisabledByBruteForceEventError(context, user);
        if (locked != null) {
            failure.get();
            context.getEvent().error(locked);
            context.forceChallenge(page.error(lockedMessage, lockedParams).render(context.form()));
            return false;
        }
        Optional<AddressLock.Reservation> slot = AddressLock.reserve(context.getSession(), context.getRealm(), user);
        if (slot.isEmpty()) {
            // Not counted again: guesses from one network must not add up to the account-wide lock.
            failure.get();
            context.getEvent().detail(AddressLock.DETAIL_SCOPE, AddressLock.SCOPE_ADDRESS).error(Errors.USER_TEMPORARILY_DISABLED);
            context.forceChallenge(page.error(lockedMessage, lockedParams).render(context.form()));
            return false;
        }
        // Named only now, so that Keycloak counts a failure against this account and no other.
        context.getAuthenticationSession().setAuthNote(AbstractUsernameFormAuthenticator.ATTEMPTED_USERNAME, user.getUsername());
        String mismatch = failure.get();
        if (mismatch != null) {
            context.getEvent().error(mismatch);
            context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS, page.error(invalidMessage).render(context.form()));
            return false;
        }
        AddressLock.succeeded(context.getSession(), slot.get());
        return true;
    }
}
