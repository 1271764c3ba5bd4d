package jp.houjin.keycloak.lockout;

import java.util.Optional;
import java.util.function.BooleanSupplier;

import jp.houjin.keycloak.common.LoginPage;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.authenticators.browser.AbstractUsernameFormAuthenticator;
import org.keycloak.events.Errors;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.BruteForceProtector;

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
        RealmModel realm = context.getRealm();
        context.getEvent().user(user);
        if (realm.isBruteForceProtected()) {
            BruteForceProtector protector = context.getSession().getProvider(BruteForceProtector.class);
            if (protector.isPermanentlyLockedOut(context.getSession(), realm, user)
                    || protector.isTemporarilyDisabled(context.getSession(), realm, user)) {
                passwordMatches.getAsBoolean();
                context.getEvent().error(Errors.USER_TEMPORARILY_DISABLED);
                context.forceChallenge(page.error(invalidMessage).render(context.form()));
                return false;
            }
        }
        Optional<AddressLock.Reservation> slot = AddressLock.reserve(context.getSession(), realm, user);
        if (slot.isEmpty()) {
            // Not counted again: guesses from one network must not add up to the account-wide lock.
            passwordMatches.getAsBoolean();
            context.getEvent().detail(AddressLock.DETAIL_SCOPE, AddressLock.SCOPE_ADDRESS).error(Errors.USER_TEMPORARILY_DISABLED);
            context.forceChallenge(page.error(invalidMessage).render(context.form()));
            return false;
        }
        // Named only now, so that Keycloak counts a failure against this account and no other.
        context.getAuthenticationSession().setAuthNote(AbstractUsernameFormAuthenticator.ATTEMPTED_USERNAME, user.getUsername());
        if (!passwordMatches.getAsBoolean()) {
            context.getEvent().error(Errors.INVALID_USER_CREDENTIALS);
            context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS, page.error(invalidMessage).render(context.form()));
            return false;
        }
        AddressLock.succeeded(context.getSession(), slot.get());
        return true;
    }
}
