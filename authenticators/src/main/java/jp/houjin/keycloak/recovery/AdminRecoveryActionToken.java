package jp.houjin.keycloak.recovery;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import jp.houjin.keycloak.directory.model.CorporateUser;
import org.keycloak.authentication.actiontoken.DefaultActionToken;
import org.keycloak.common.util.Time;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.LoginActionsService;

/**
 * The signed token in the mail that starts a corporate admin's recovery (seed 002, 「管理者の方」): mailed to the
 * admin's registered address, valid {@value #DEFAULT_LIFESPAN_SECONDS} seconds unless the realm attribute
 * {@code actionTokenGeneratedByUserLifespan.houjin-admin-recovery} says otherwise, used once. Only the page this
 * link opens asks for 法人番号 + 振込口座番号 — a second proof, never instead of the mail. The same kind of link, marked
 * {@value #PURPOSE_REQUEST}, is what 「前任者の異動など」 mails to the account that asked for admin rights: it proves
 * that address and leads to setting the account's password (nothing is ever shown on screen as a password).
 */
public final class AdminRecoveryActionToken extends DefaultActionToken {

    public static final String TOKEN_TYPE = "houjin-admin-recovery";
    static final int DEFAULT_LIFESPAN_SECONDS = 24 * 3600;
    /** The mail of 「前任者の異動など」 to the account that asked for admin rights: its link sets the password. */
    static final String PURPOSE_REQUEST = "admin-request";

    /** Absent for the recovery of an admin; {@value #PURPOSE_REQUEST} for an additional admin's own link. */
    @JsonProperty("houjin_purpose")
    private String purpose;

    public AdminRecoveryActionToken(String userId, int absoluteExpirationInSecs, String clientId) {
        this(userId, absoluteExpirationInSecs, clientId, null);
    }

    AdminRecoveryActionToken(String userId, int absoluteExpirationInSecs, String clientId, String purpose) {
        super(userId, TOKEN_TYPE, absoluteExpirationInSecs, UUID.randomUUID());
        this.issuedFor = clientId;
        this.purpose = purpose;
    }

    boolean isAdminRequest() {
        return PURPOSE_REQUEST.equals(purpose);
    }

    /** For Jackson. */
    private AdminRecoveryActionToken() {
    }

    /** Recovery: the mail to the admin's registered address. */
    public static void mailRecovery(KeycloakSession session, RealmModel realm, String clientId, CorporateUser entry,
            UserModel user) throws EmailException {
        mail(session, realm, clientId, entry, user, null, "houjinAdminRecoverySubject", "houjin-admin-recovery.ftl",
                Map.of());
    }

    /**
     * Sends the mail that carries this kind of link to the user's own address: the corporation and user ID, the
     * link, its lifespan in hours, and {@code extra} attributes for the template.
     */
    static void mail(KeycloakSession session, RealmModel realm, String clientId, CorporateUser entry, UserModel user,
            String purpose, String subject, String template, Map<String, Object> extra) throws EmailException {
        int lifespan = lifespanSeconds(realm);
        String token = new AdminRecoveryActionToken(user.getId(), Time.currentTime() + lifespan, clientId, purpose)
                .serialize(session, realm, session.getContext().getUri());
        String link = LoginActionsService.actionTokenProcessor(session.getContext().getUri()).queryParam("key", token)
                .queryParam("client_id", clientId).build(realm.getName()).toString();
        Map<String, Object> attributes = new HashMap<>(extra);
        attributes.put("link", link);
        attributes.put("corporateId", entry.getCorporation().getCorporateId());
        attributes.put("corporationName", entry.getCorporation().getName());
        attributes.put("userId", entry.getUserId());
        attributes.put("hours", lifespan / 3600);
        session.getProvider(EmailTemplateProvider.class).setRealm(realm).setUser(user)
                .send(subject, List.<Object>of(entry.getCorporation().getName()), template, attributes);
    }

    public static int lifespanSeconds(RealmModel realm) {
        String configured = realm.getAttribute("actionTokenGeneratedByUserLifespan." + TOKEN_TYPE);
        return configured == null ? DEFAULT_LIFESPAN_SECONDS : realm.getActionTokenGeneratedByUserLifespan(TOKEN_TYPE);
    }
}
