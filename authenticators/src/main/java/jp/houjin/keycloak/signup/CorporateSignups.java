package jp.houjin.keycloak.signup;

import jp.houjin.keycloak.common.DirectoryWork;
import jp.houjin.keycloak.common.RealmPaths;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.houjin.keycloak.directory.model.Corporation;
import jp.houjin.keycloak.directory.model.CorporateUser;
import jp.houjin.keycloak.directory.storage.DirectoryAttributes;
import jp.houjin.keycloak.invitation.Invitations;
import org.keycloak.common.util.Time;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserCredentialModel;
import org.keycloak.models.UserModel;

/**
 * 新規登録（法人） (seed 004): a corporation in status PENDING with its first corporate admin (user ID
 * {@value #ADMIN_USER_ID}, the email given, names and kana, the password chosen), and a 本登録 mail whose link
 * (the {@code corporate-signup} page of the rest package) activates it within {@code houjinCorporateSignupLifespanHours} (default 24).
 * <p>
 * An address that already belongs to a corporate account is never registered twice (it is what individuals link
 * to): the applicant sees the same page, and the address gets a mail saying it is already registered, so the page
 * does not tell anyone which addresses have accounts. An earlier sign-up with the same address that was never
 * confirmed is replaced (its link stops working).
 */
public final class CorporateSignups extends DirectoryWork {

    public static final String DETAIL_CORPORATE_ID = "corporate_id";
    public static final String LIFESPAN_HOURS = "houjinCorporateSignupLifespanHours";
    public static final String ADMIN_USER_ID = "admin";
    static final int DEFAULT_HOURS = 24;
    static final String MAIL_TEMPLATE = "houjin-corporate-signup.ftl";
    static final String MAIL_SUBJECT = "houjinCorporateSignupSubject";
    static final String EXISTS_TEMPLATE = "houjin-corporate-signup-exists.ftl";
    static final String EXISTS_SUBJECT = "houjinCorporateSignupExistsSubject";

    /** What the applicant typed, already checked and normalised; {@code corporateNumber} may be null. */
    public record Application(String corporationName, String corporateNumber, String lastName, String firstName,
            String kanaLastName, String kanaFirstName, String email, String password) {
    }

    public enum Outcome { REGISTERED, ALREADY_REGISTERED }

    /** The result; {@code corporation} is null when the address was already registered. */
    public record Result(Outcome outcome, Corporation corporation, UserModel user) {
    }


    public CorporateSignups(KeycloakSession session, RealmModel realm) {
        super(session, realm);
    }

    public static Duration lifespan(RealmModel realm) {
        String value = realm.getAttribute(LIFESPAN_HOURS);
        try {
            int hours = value == null ? DEFAULT_HOURS : Integer.parseInt(value.strip());
            return Duration.ofHours(hours > 0 && hours <= 24 * 30 ? hours : DEFAULT_HOURS);
        } catch (NumberFormatException e) {
            return Duration.ofHours(DEFAULT_HOURS);
        }
    }

    /**
     * Registers (or, for a known address, only mails) and sends the mail. A mail that cannot be sent throws; the
     * caller rolls the transaction back so nothing stays behind. A password the realm policy refuses for the new
     * account throws Keycloak's {@link org.keycloak.models.ModelException} with the policy's message.
     */
    public Result register(Application application) throws EmailException {
        List<CorporateUser> existing = directory.usersWithEmail(application.email(), 20);
        CorporateUser registered = existing.stream().filter(u -> !u.getCorporation().isPending()).findFirst().orElse(null);
        if (registered != null) {
            UserModel owner = Invitations.keycloakUser(session, realm, registered);
            Map<String, Object> attributes = new HashMap<>();
            attributes.put("corporateId", registered.getCorporation().getCorporateId());
            send(owner, EXISTS_SUBJECT, EXISTS_TEMPLATE, attributes);
            return new Result(Outcome.ALREADY_REGISTERED, null, owner);
        }
        Map<String, Corporation> pending = new LinkedHashMap<>();
        existing.forEach(u -> pending.put(u.getCorporation().getId(), u.getCorporation()));
        // Sign-ups whose link has expired can never be confirmed: a few go with every new sign-up.
        for (Corporation stale : directory.pendingCorporations(System.currentTimeMillis() - lifespan(realm).toMillis(), 20)) {
            pending.putIfAbsent(stale.getId(), stale);
        }
        for (Corporation earlier : pending.values()) {
            discard(earlier);
        }

        Corporation corporation = directory.registerCorporation(application.corporationName(), application.corporateNumber());
        UserModel user = session.users().addUser(realm, DirectoryAttributes.username(corporation.getCorporateId(), ADMIN_USER_ID));
        user.setEnabled(true);
        user.setLastName(application.lastName());
        user.setFirstName(application.firstName());
        user.setSingleAttribute(DirectoryAttributes.KANA_LAST_NAME, application.kanaLastName());
        user.setSingleAttribute(DirectoryAttributes.KANA_FIRST_NAME, application.kanaFirstName());
        user.setEmail(application.email());
        user.setSingleAttribute(DirectoryAttributes.CORPORATE_ROLE, "admin");
        user.credentialManager().updateCredential(UserCredentialModel.password(application.password(), false));

        long now = Time.currentTime();
        Duration lifespan = lifespan(realm);
        String key = session.tokens().encode(new CorporateSignupToken(RealmPaths.issuer(session, realm),
                user.getId(), corporation.getId(), now, now + lifespan.toSeconds()));
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("link", RealmPaths.withKey(session, realm, RealmPaths.CORPORATE_SIGNUP, key));
        attributes.put("corporationName", corporation.getName());
        attributes.put("corporateId", corporation.getCorporateId());
        attributes.put("userId", ADMIN_USER_ID);
        attributes.put("hours", lifespan.toHours());
        send(user, MAIL_SUBJECT, MAIL_TEMPLATE, attributes);
        return new Result(Outcome.REGISTERED, corporation, user);
    }

    /** An unconfirmed sign-up replaced by a newer one: its users go through Keycloak (caches), then the rest. */
    private void discard(Corporation corporation) {
        for (CorporateUser user : directory.admins(corporation)) {
            UserModel model = Invitations.keycloakUser(session, realm, user);
            if (model != null) {
                session.users().removeUser(realm, model);
            }
        }
        directory.deleteCorporation(corporation);
    }

    private void send(UserModel to, String subject, String template, Map<String, Object> attributes) throws EmailException {
        session.getProvider(EmailTemplateProvider.class).setRealm(realm).setUser(to)
                .send(subject, List.of(), template, attributes);
    }
}
