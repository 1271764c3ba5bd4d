package jp.houjin.keycloak.recovery;

import jp.houjin.keycloak.common.PortalTime;
import java.util.HashMap;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;
import jp.houjin.keycloak.directory.model.CorporateUser;
import jp.houjin.keycloak.common.LoginPage;
import jp.houjin.keycloak.recovery.ResetPasswordActionToken;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.common.util.Time;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
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


    private ForgotPasswordForm() {
    }

    public static void show(AuthenticationFlowContext context) {
        context.challenge(page(context, "input").render(context.form()));
    }

    private static LoginPage page(AuthenticationFlowContext context, String step) {
        LoginPage page = new LoginPage(LoginPage.TAB_CORPORATE);
        page.template = TEMPLATE;
        page.extra.put("step", step);
        page.extra.put("lifespan", PortalTime.span(lifespanSeconds(context)));
        return page;
    }

    private static int lifespanSeconds(AuthenticationFlowContext context) {
        return context.getRealm().getActionTokenGeneratedByUserLifespan(ResetPasswordActionToken.TOKEN_TYPE);
    }

    public static void action(AuthenticationFlowContext context, MultivaluedMap<String, String> form) {
        RecoveryMailRequest.handle(context, form, context.newEvent().event(EventType.SEND_RESET_PASSWORD),
                page(context, "input"), () -> page(context, "sent"), entry -> null,
                (entry, user) -> send(context, entry, user), "a password reset request");
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
        attributes.put("lifespan", PortalTime.span(lifespan));
        context.getSession().getProvider(EmailTemplateProvider.class).setRealm(context.getRealm()).setUser(user)
                .send(MAIL_SUBJECT, MAIL_TEMPLATE, attributes);
    }
}
