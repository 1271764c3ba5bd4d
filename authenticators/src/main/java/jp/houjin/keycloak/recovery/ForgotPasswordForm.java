package jp.houjin.keycloak.recovery;

import jp.houjin.keycloak.common.SignInSteps;
import jp.houjin.keycloak.common.LoginEvents;
import jp.houjin.keycloak.common.AnswerTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.core.MultivaluedMap;
import jp.houjin.keycloak.directory.CorporateDirectory;
import jp.houjin.keycloak.directory.model.Corporation;
import jp.houjin.keycloak.directory.model.CorporateUser;
import jp.houjin.keycloak.directory.text.InputNormalizer;
import jp.houjin.keycloak.invitation.Invitations;
import jp.houjin.keycloak.ipaccess.IpAccessCheck;
import jp.houjin.keycloak.common.LoginPage;
import jp.houjin.keycloak.recovery.ResetPasswordActionToken;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.common.util.Time;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.LoginActionsService;

/**
 * 「パスワードを忘れた方はこちら」 (seed 000 FAQ ⑤): 法人ID + ユーザーIDまたはメールアドレス. A user with an email gets
 * a mail whose link works once within the realm's per-action lifespan (1 hour). The page answers the same whether
 * or not the account exists or has an email, and says what users without email do (ask the admin of their group).
 * Each request is a {@code SEND_RESET_PASSWORD} event (an error event when nothing was sent, with the reason).
 */
public final class ForgotPasswordForm {

    static final String TEMPLATE = "houjin-forgot.ftl";
    static final String MAIL_TEMPLATE = "houjin-reset-password.ftl";
    static final String MAIL_SUBJECT = "houjinResetSubject";

    private static final Logger LOG = Logger.getLogger(ForgotPasswordForm.class);

    private ForgotPasswordForm() {
    }

    public static void show(AuthenticationFlowContext context) {
        context.challenge(page(context, "input").render(context.form()));
    }

    private static LoginPage page(AuthenticationFlowContext context, String step) {
        LoginPage page = new LoginPage(LoginPage.TAB_CORPORATE);
        page.template = TEMPLATE;
        page.extra.put("step", step);
        page.extra.put("minutes", String.valueOf(lifespanSeconds(context) / 60));
        return page;
    }

    private static int lifespanSeconds(AuthenticationFlowContext context) {
        return context.getRealm().getActionTokenGeneratedByUserLifespan(ResetPasswordActionToken.TOKEN_TYPE);
    }

    public static void action(AuthenticationFlowContext context, MultivaluedMap<String, String> form) {
        AnswerTime answer = AnswerTime.start();
        LoginPage page = page(context, "input");
        InputNormalizer.Result corporateId = InputNormalizer.corporateId(form.getFirst("corporateId"));
        InputNormalizer.Result login = InputNormalizer.login(form.getFirst("loginId"));
        page.corporateId = corporateId.value();
        page.login = login.value();
        EventBuilder event = context.newEvent().event(EventType.SEND_RESET_PASSWORD);
        if (SignInSteps.refuseInput(context, page, "corporateId", corporateId)
                | SignInSteps.refuseInput(context, page, "loginId", login)) {
            event.error(LoginEvents.INVALID_INPUT);
            context.forceChallenge(page.render(context.form()));
            return;
        }
        event.detail(LoginEvents.DETAIL_CORPORATE_ID, corporateId.value())
                .detail(Details.USERNAME, corporateId.value() + ":" + login.value());
        CorporateDirectory directory = context.getSession().getProvider(CorporateDirectory.class);
        SignInSteps.Named named = SignInSteps.lookUp(context, event, page, corporateId.value(), login.value(),
                "a password reset request");
        if (named == null) {
            return;
        }
        Optional<Corporation> corporation = named.corporation();
        Optional<CorporateUser> entry = named.entry();
        if (corporation.isPresent() && !IpAccessCheck.allow(context, directory, corporation.get())) {
            return;
        }
        UserModel user = entry.map(u -> Invitations.keycloakUser(context.getSession(), context.getRealm(), u)).orElse(null);
        String refused = user == null ? (corporation.isEmpty() ? LoginEvents.CORPORATION_NOT_FOUND : Errors.USER_NOT_FOUND)
                : entry.get().getEmail() == null ? "no_email"
                : !entry.get().getCorporation().isActive() ? LoginEvents.CORPORATION_SUSPENDED
                : entry.get().isLoginSuspended() ? LoginEvents.USER_LOGIN_SUSPENDED
                : !user.isEnabled() ? Errors.USER_DISABLED : null;
        if (refused != null) {
            if (user != null) {
                event.user(user);
            }
            event.error(refused);
        } else {
            event.user(user).detail(Details.EMAIL, entry.get().getEmail());
            try {
                send(context, entry.get(), user);
                event.success();
            } catch (EmailException e) {
                // Same page as ever (the page must not tell whether the account exists); the admin sees the event.
                LOG.warnf("Password reset mail not sent: %s", e.toString());
                event.error(Errors.EMAIL_SEND_FAILED);
            }
        }
        LoginPage sent = page(context, "sent");
        answer.pad(context.getRealm());
        context.forceChallenge(sent.render(context.form()));
    }

    private static void send(AuthenticationFlowContext context, CorporateUser entry, UserModel user) throws EmailException {
        String clientId = context.getAuthenticationSession().getClient().getClientId();
        int lifespan = lifespanSeconds(context);
        String token = new ResetPasswordActionToken(user.getId(), Time.currentTime() + lifespan, clientId)
                .serialize(context.getSession(), context.getRealm(), context.getUriInfo());
        String link = LoginActionsService.actionTokenProcessor(context.getUriInfo()).queryParam("key", token)
                .queryParam("client_id", clientId).build(context.getRealm().getName()).toString();
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("link", link);
        attributes.put("corporateId", entry.getCorporation().getCorporateId());
        attributes.put("userId", entry.getUserId());
        attributes.put("minutes", lifespan / 60);
        context.getSession().getProvider(EmailTemplateProvider.class).setRealm(context.getRealm()).setUser(user)
                .send(MAIL_SUBJECT, MAIL_TEMPLATE, attributes);
    }
}
