package jp.houjin.keycloak.common;

import java.util.Optional;

import jp.houjin.keycloak.directory.CorporateDirectory;
import jp.houjin.keycloak.directory.model.Corporation;
import jp.houjin.keycloak.directory.model.CorporateUser;
import jp.houjin.keycloak.directory.text.InputNormalizer;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.events.Errors;
import org.keycloak.events.EventBuilder;
import org.keycloak.models.UserModel;

/**
 * Steps every page of the corporate form shares: the sign-in page itself, input refused before any lookup, the
 * corporate-account lookup, the directory being down, and the access checks that come after a right password.
 */
public final class SignInSteps {

    private static final Logger LOG = Logger.getLogger(SignInSteps.class);

    private SignInSteps() {
    }

    /** The sign-in page itself, with the remembered IDs. */
    public static void showLogin(AuthenticationFlowContext context) {
        Optional<RememberedIds.Ids> remembered = RememberedIds.read(context);
        LoginPage page = new LoginPage(LoginPage.TAB_CORPORATE);
        remembered.ifPresent(ids -> {
            page.corporateId = ids.corporateId();
            page.login = ids.login();
            page.remember = true;
        });
        context.challenge(page.render(context.form()));
    }

    public static boolean refuseInput(AuthenticationFlowContext context, LoginPage page, String field,
            InputNormalizer.Result result) {
        if (result.ok()) {
            return false;
        }
        page.fieldErrors.put(field, fieldProblem(field, result.problem()));
        context.getEvent().detail(LoginEvents.DETAIL_FIELD, field);
        return true;
    }

    /** The field message for an input refused before any lookup, e.g. {@code houjinCorporateIdTooLong}. */
    public static String fieldProblem(String field, InputNormalizer.Problem problem) {
        String prefix = "houjin" + Character.toUpperCase(field.charAt(0)) + field.substring(1);
        return switch (problem) {
            case EMPTY -> prefix + "Required";
            case TOO_LONG -> prefix + "TooLong";
            case CONTROL_CHARACTER -> "houjinControlCharacter";
            case FORMAT -> prefix + "Format";
        };
    }

    /** The refusal's event error on the flow's event, and the same page with its message. */
    public static void refuse(AuthenticationFlowContext context, LoginPage page, SignInRefusal refusal, Object... params) {
        refuse(context, context.getEvent(), page, refusal, params);
    }

    /** The same, for a page that writes an event of its own (a registration, a password reset). */
    public static void refuse(AuthenticationFlowContext context, EventBuilder event, LoginPage page, SignInRefusal refusal,
            Object... params) {
        event.error(refusal.event());
        context.forceChallenge(page.error(refusal.message(), params).render(context.form()));
    }

    /** The event error of an unknown account: the corporation named is unknown, or it has no such account. */
    public static String unknownAccount(Optional<Corporation> corporation) {
        return corporation.isEmpty() ? "corporation_not_found" : Errors.USER_NOT_FOUND;
    }

    /**
     * No such account (or not the one this page may take): the page's one credential message, after the time a real
     * password check takes, so neither words nor timing tell which part was wrong; it counts as a failed attempt.
     */
    public static void refuseUnknown(AuthenticationFlowContext context, LoginPage page, String eventError,
            String message, String password) {
        context.getSession().getProvider(CorporateDirectory.class).verifyDummyPassword(context.getRealm(), password);
        context.getEvent().error(eventError);
        context.failureChallenge(AuthenticationFlowError.INVALID_USER, page.error(message).render(context.form()));
    }

    /**
     * The directory could not be read (its database is down): a log line, the event error an admin reads, the same
     * form with its own message. Nothing was written, so nothing is lost.
     */
    public static void directoryUnavailable(AuthenticationFlowContext context, EventBuilder event,
            LoginPage page, String during, RuntimeException e) {
        LOG.warnf("Corporate directory unavailable during %s: %s", during, e.toString());
        refuse(context, event, page, SignInRefusal.DIRECTORY_UNAVAILABLE);
    }

    /**
     * Login suspended, corporation suspended or not yet confirmed (本登録), or disabled: refused only once the
     * password was right.
     */
    public static boolean refuseRestricted(AuthenticationFlowContext context, LoginPage page, CorporateUser found, UserModel user) {
        SignInRefusal refusal = SignInRefusal.restriction(found, user);
        if (refusal == null) {
            return false;
        }
        context.getEvent().user(user);
        refuse(context, page, refusal, found.getCorporation().getCorporateId());
        return true;
    }

    /** A directory user by 法人ID and ユーザーID or email (an address is tried as email first, then as user ID). */
    public static Optional<CorporateUser> find(CorporateDirectory directory, String corporateId, String login) {
        if (login.contains("@")) {
            return directory.findUserByEmail(corporateId, login).or(() -> directory.findUser(corporateId, login));
        }
        return directory.findUser(corporateId, login);
    }

    /** What a page's 法人ID and ユーザーID (or email) name: the corporation and the account, each empty when unknown. */
    public record Named(Optional<Corporation> corporation, Optional<CorporateUser> entry) {
    }

    /**
     * The account a corporate sign-in names by its registered email alone (法人ID left out, seed 004): the one
     * directory account with that address — none when no account or several have it (those use their 法人ID). Null
     * when the directory cannot be read, as {@link #lookUp}.
     */
    public static Named lookUpByEmail(AuthenticationFlowContext context, EventBuilder event, LoginPage page,
            String email, String during) {
        CorporateDirectory directory = context.getSession().getProvider(CorporateDirectory.class);
        try {
            Optional<CorporateUser> entry = directory.findUserByUniqueEmail(email);
            return new Named(entry.map(CorporateUser::getCorporation), entry);
        } catch (RuntimeException e) {
            directoryUnavailable(context, event, page, during, e);
            return null;
        }
    }

    /**
     * Looks up what the page names; null when the directory cannot be read, in which case the page has answered
     * ({@link #directoryUnavailable}).
     */
    public static Named lookUp(AuthenticationFlowContext context, EventBuilder event, LoginPage page,
            String corporateId, String login, String during) {
        CorporateDirectory directory = context.getSession().getProvider(CorporateDirectory.class);
        try {
            Optional<Corporation> corporation = directory.findCorporation(corporateId);
            return new Named(corporation, corporation.flatMap(c -> find(directory, c.getCorporateId(), login)));
        } catch (RuntimeException e) {
            directoryUnavailable(context, event, page, during, e);
            return null;
        }
    }
}
