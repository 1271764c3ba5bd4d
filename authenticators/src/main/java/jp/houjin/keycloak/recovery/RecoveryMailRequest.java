package jp.houjin.keycloak.recovery;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.ws.rs.core.MultivaluedMap;
import jp.houjin.keycloak.common.AnswerTime;
import jp.houjin.keycloak.common.LoginEvents;
import jp.houjin.keycloak.common.LoginPage;
import jp.houjin.keycloak.common.SignInRefusal;
import jp.houjin.keycloak.common.SignInSteps;
import jp.houjin.keycloak.directory.CorporateDirectory;
import jp.houjin.keycloak.directory.model.Corporation;
import jp.houjin.keycloak.directory.model.CorporateUser;
import jp.houjin.keycloak.directory.text.InputNormalizer;
import jp.houjin.keycloak.invitation.Invitations;
import jp.houjin.keycloak.ipaccess.IpAccessCheck;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.email.EmailException;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventBuilder;
import org.keycloak.models.UserModel;

/**
 * The first step of パスワードを忘れた方 and of 管理者の方: 法人ID + ユーザーIDまたはメールアドレス, then a mail to the
 * account's registered address. The page answers the same for every input that passed the format checks — unknown
 * corporation or user, no email, suspended, or (for 管理者の方) not an admin — and only after the realm's answer
 * floor, so neither its words nor its timing tell whether an account exists; the event tells the admin why.
 */
final class RecoveryMailRequest {

    private static final Logger LOG = Logger.getLogger(RecoveryMailRequest.class);

    /** Sends the mail to an account that may have it. */
    @FunctionalInterface
    interface Mailer {
        void send(CorporateUser entry, UserModel user) throws EmailException;
    }

    private RecoveryMailRequest() {
    }

    /**
     * @param input the page as typed, to show again with field errors
     * @param sent the page every accepted request answers with
     * @param refusal a further reason this account gets no mail (e.g. {@code not_an_admin}), or null
     */
    static void handle(AuthenticationFlowContext context, MultivaluedMap<String, String> form, EventBuilder event,
            LoginPage input, Supplier<LoginPage> sent, Function<CorporateUser, String> refusal, Mailer mailer,
            String during) {
        AnswerTime answer = AnswerTime.start();
        InputNormalizer.Result corporateId = InputNormalizer.corporateId(form.getFirst("corporateId"));
        InputNormalizer.Result login = InputNormalizer.login(form.getFirst("loginId"));
        input.corporateId = corporateId.value();
        input.login = login.value();
        if (SignInSteps.refuseInput(context, input, "corporateId", corporateId)
                | SignInSteps.refuseInput(context, input, "loginId", login)) {
            SignInSteps.refuse(context, event, input, SignInRefusal.INVALID_INPUT);
            return;
        }
        event.detail(LoginEvents.DETAIL_CORPORATE_ID, corporateId.value())
                .detail(Details.USERNAME, corporateId.value() + ":" + login.value());
        SignInSteps.Named named = SignInSteps.lookUp(context, event, input, corporateId.value(), login.value(), during);
        if (named == null) {
            return;
        }
        Optional<Corporation> corporation = named.corporation();
        Optional<CorporateUser> entry = named.entry();
        CorporateDirectory directory = context.getSession().getProvider(CorporateDirectory.class);
        if (corporation.isPresent() && !IpAccessCheck.allow(context, directory, corporation.get())) {
            return;
        }
        UserModel user = entry.map(u -> Invitations.keycloakUser(context.getSession(), context.getRealm(), u)).orElse(null);
        String refused = user == null ? SignInSteps.unknownAccount(corporation)
                : refusal.apply(entry.get()) != null ? refusal.apply(entry.get())
                : entry.get().getEmail() == null ? "no_email"
                : Optional.ofNullable(SignInRefusal.restriction(entry.get(), user)).map(SignInRefusal::event).orElse(null);
        if (refused != null) {
            if (user != null) {
                event.user(user);
            }
            event.error(refused);
        } else {
            event.user(user).detail(Details.EMAIL, entry.get().getEmail());
            try {
                mailer.send(entry.get(), user);
                event.success();
            } catch (EmailException e) {
                // Same page as ever (the page must not tell whether the account exists); the admin sees the event.
                LOG.warnf("Mail not sent during %s: %s", during, e.toString());
                event.error(Errors.EMAIL_SEND_FAILED);
            }
        }
        LoginPage answerPage = sent.get();
        answer.pad(context.getRealm());
        context.forceChallenge(answerPage.render(context.form()));
    }
}
