package jp.houjin.keycloak.signup;

import jp.houjin.keycloak.password.PasswordRuleHints;
import jp.houjin.keycloak.common.LoginEvents;
import jp.houjin.keycloak.common.SignInRefusal;
import jp.houjin.keycloak.common.SignInSteps;
import jp.houjin.keycloak.common.AnswerTime;
import jp.houjin.keycloak.common.ClientAddress;
import jp.houjin.keycloak.common.RateSlots;
import org.keycloak.models.KeycloakSession;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;
import jp.houjin.keycloak.directory.text.InputNormalizer;
import jp.houjin.keycloak.invitation.InvitationSettings;
import jp.houjin.keycloak.common.LoginPage;
import jp.houjin.keycloak.common.ProfileFields;
import jp.houjin.keycloak.signup.CorporateSignups;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.email.EmailException;
import org.keycloak.events.Details;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.ModelException;
import org.keycloak.policy.PasswordPolicyManagerProvider;

/**
 * 新規登録（法人） (seed 004): 法人名, 法人番号 (optional), the applicant's names and kana, email, password with
 * confirmation and the 利用規約. On success the page asks for 本登録 by mail (「本登録のお願い」), the same page whether
 * the address was new or already registered; nothing can sign in before the mail's link is opened. Every attempt is
 * a {@code REGISTER} event: success with the new 法人ID, or an error with the reason.
 */
public final class CorporateSignupForm {

    static final String TEMPLATE = "houjin-corporate-signup.ftl";
    public static final String PARAM = "houjinCorporateSignup";
    public static final String INFO = "corporateSignup";
    static final String EMAIL_IN_USE = "email_in_use";

    private static final Logger LOG = Logger.getLogger(CorporateSignupForm.class);
    private static final String[] FIELDS = { "corporationName", "corporateNumber", "lastName", "firstName",
            "kanaLastName", "kanaFirstName", "email" };

    private CorporateSignupForm() {
    }

    public static void show(AuthenticationFlowContext context) {
        context.challenge(page(context, "input", Map.of()).render(context.form()));
    }

    private static LoginPage page(AuthenticationFlowContext context, String step, Map<String, String> values) {
        LoginPage page = new LoginPage(LoginPage.TAB_CORPORATE);
        page.template = TEMPLATE;
        page.extra.put("step", step);
        for (String field : FIELDS) {
            page.extra.put(field, values.getOrDefault(field, ""));
        }
        page.extra.put("termsUrl", InvitationSettings.termsLink(context.getSession(), context.getRealm()));
        page.extra.put("rules", PasswordRuleHints.of(context.getRealm()));
        page.extra.put("ruleUserId", CorporateSignups.ADMIN_USER_ID);
        page.extra.put("hours", String.valueOf(CorporateSignups.lifespan(context.getRealm()).toHours()));
        return page;
    }

    /** Realm attributes: sign-ups per hour from one client address (20), and to one email address (3). */
    static final String PER_CLIENT_ADDRESS_ATTRIBUTE = "houjinSignupsPerClientAddress";
    static final String PER_EMAIL_ATTRIBUTE = "houjinSignupsPerEmail";
    static final String RATE_LIMITED = "signup_rate_limited";

    public static void action(AuthenticationFlowContext context, MultivaluedMap<String, String> form) {
        AnswerTime answer = AnswerTime.start();
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        corporationName(values, errors, form.getFirst("corporationName"));
        String number = form.getFirst("corporateNumber");
        if (number == null || InputNormalizer.normalize(number).isEmpty()) {
            values.put("corporateNumber", "");
        } else {
            InputNormalizer.Result r = InputNormalizer.corporateNumber(number);
            values.put("corporateNumber", r.value() == null ? "" : r.value());
            if (!r.ok()) {
                errors.put("corporateNumber", SignInSteps.fieldProblem("corporateNumber", r.problem()));
            }
        }
        ProfileFields.name(values, errors, "lastName", form.getFirst("lastName"));
        ProfileFields.name(values, errors, "firstName", form.getFirst("firstName"));
        ProfileFields.kana(values, errors, "kanaLastName", form.getFirst("kanaLastName"));
        ProfileFields.kana(values, errors, "kanaFirstName", form.getFirst("kanaFirstName"));
        InputNormalizer.Result email = InputNormalizer.email(form.getFirst("email"));
        values.put("email", email.value() == null ? "" : email.value());
        if (!email.ok()) {
            errors.put("email", SignInSteps.fieldProblem("email", email.problem()));
        }
        String password = form.getFirst("password");
        if (ProfileFields.password(errors, password, typed -> context.getSession()
                .getProvider(PasswordPolicyManagerProvider.class).validate(email.ok() ? email.value() : null, typed))
                && !password.equals(form.getFirst("password-confirm"))) {
            errors.put("password-confirm", "houjinPasswordConfirmMismatch");
        }
        if (!"on".equals(form.getFirst("acceptTerms"))) {
            errors.put("acceptTerms", "houjinAcceptTermsRequired");
        }

        EventBuilder event = context.newEvent().event(EventType.REGISTER)
                .detail(Details.REGISTER_METHOD, "houjin-corporate-signup");
        if (email.ok()) {
            event.detail(Details.EMAIL, email.value());
        }
        if (!errors.isEmpty()) {
            event.detail(LoginEvents.DETAIL_FIELD, String.join(",", errors.keySet())).error(SignInRefusal.INVALID_INPUT.event());
            context.forceChallenge(withErrors(page(context, "input", values), errors).render(context.form()));
            return;
        }
        // Rate limits: per caller address (told, it is the caller's own), then per applied address (answered as a
        // mailed sign-up, so the page never tells which addresses are limited). Cluster-wide, parallel-safe slots.
        KeycloakSession session = context.getSession();
        if (RateSlots.take(session, "houjin.signup-from." + ClientAddress.counterKey(session),
                RateSlots.setting(context.getRealm(), PER_CLIENT_ADDRESS_ATTRIBUTE, 20), 3600).isEmpty()) {
            event.detail("limit", "client_address").error(RATE_LIMITED);
            context.forceChallenge(page(context, "input", values).error("houjinSignupRateLimited").render(context.form()));
            return;
        }
        if (RateSlots.take(session, "houjin.signup-to." + email.value().toLowerCase(java.util.Locale.ROOT),
                RateSlots.setting(context.getRealm(), PER_EMAIL_ATTRIBUTE, 3), 3600).isEmpty()) {
            event.detail("limit", "email").error(RATE_LIMITED);
            answer.pad(context.getRealm());
            context.forceChallenge(page(context, "sent", Map.of("email", email.value())).render(context.form()));
            return;
        }
        CorporateSignups.Application application = new CorporateSignups.Application(values.get("corporationName"),
                values.get("corporateNumber").isEmpty() ? null : values.get("corporateNumber"), values.get("lastName"),
                values.get("firstName"), values.get("kanaLastName"), values.get("kanaFirstName"), email.value(), password);
        CorporateSignups.Result result;
        try {
            result = new CorporateSignups(context.getSession(), context.getRealm()).register(application);
        } catch (EmailException e) {
            LOG.warnf("Corporate sign-up not stored, mail failed: %s", e.toString());
            // After the floor as well: a failing mail server must not make a known address answer faster.
            refuseAfterRollback(context, event, answer, values, SignInRefusal.MAIL_NOT_SENT);
            return;
        } catch (ModelException e) {
            // The policy with the new account itself (e.g. not its user ID) refused the password.
            LOG.debugf(e, "Corporate sign-up refused: %s", e.getMessage());
            context.getSession().getTransactionManager().setRollbackOnly();
            event.detail(LoginEvents.DETAIL_FIELD, "password").error(SignInRefusal.INVALID_INPUT.event());
            context.forceChallenge(withErrors(page(context, "input", values),
                    Map.of("password", ProfileFields.encode(e.getMessage(), e.getParameters()))).render(context.form()));
            return;
        } catch (RuntimeException e) {
            LOG.warnf("Corporate directory unavailable during a corporate sign-up: %s", e.toString());
            refuseAfterRollback(context, event, answer, values, SignInRefusal.DIRECTORY_UNAVAILABLE);
            return;
        }
        if (result.outcome() == CorporateSignups.Outcome.ALREADY_REGISTERED) {
            if (result.user() != null) {
                event.user(result.user());
            }
            event.error(EMAIL_IN_USE);
        } else {
            event.user(result.user()).detail(CorporateSignups.DETAIL_CORPORATE_ID, result.corporation().getCorporateId())
                    .detail(Details.USERNAME, result.user().getUsername())
                    .detail("terms_version", InvitationSettings.of(context.getRealm()).termsVersion()).success();
        }
        Map<String, String> shown = new LinkedHashMap<>();
        shown.put("email", email.value());
        answer.pad(context.getRealm());
        context.forceChallenge(page(context, "sent", shown).render(context.form()));
    }

    /** Nothing of the sign-up is stored; the form again with the refusal's message, after the answer floor. */
    private static void refuseAfterRollback(AuthenticationFlowContext context, EventBuilder event, AnswerTime answer,
            Map<String, String> values, SignInRefusal refusal) {
        context.getSession().getTransactionManager().setRollbackOnly();
        answer.pad(context.getRealm());
        SignInSteps.refuse(context, event, page(context, "input", values), refusal);
    }

    /** 法人名: required, at most 100 characters; markup and the like refused, but ( ) & ・ . , - are common in names. */
    private static void corporationName(Map<String, String> values, Map<String, String> errors, String raw) {
        String v = raw == null ? "" : InputNormalizer.normalize(raw);
        values.put("corporationName", v);
        if (raw != null && InputNormalizer.hasControl(raw)) {
            errors.put("corporationName", "houjinControlCharacter");
        } else if (v.isEmpty()) {
            errors.put("corporationName", "houjinCorporationNameRequired");
        } else if (v.length() > 100) {
            errors.put("corporationName", ProfileFields.encode("houjinValueTooLong", new Object[] { 100 }));
        } else if (PROHIBITED_IN_CORPORATION_NAMES.matcher(v).find()) {
            errors.put("corporationName", "houjinCorporationNameCharacters");
        }
    }

    private static final java.util.regex.Pattern PROHIBITED_IN_CORPORATION_NAMES =
            java.util.regex.Pattern.compile("[<>\"'\\\\{}\\[\\]$^|=;*~§]");

    private static LoginPage withErrors(LoginPage page, Map<String, String> errors) {
        page.encodedErrors.putAll(errors);
        return page;
    }
}
