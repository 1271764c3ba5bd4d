package jp.houjin.keycloak.recovery;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.houjin.keycloak.common.AfterCommitMail;
import jp.houjin.keycloak.common.PortalTime;
import jp.houjin.keycloak.directory.CorporateDirectory;
import jp.houjin.keycloak.directory.model.Corporation;
import jp.houjin.keycloak.directory.model.CorporateUser;
import jp.houjin.keycloak.invitation.Invitations;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Mails to a corporation's admins about an admin matter (seed 002: 既存の管理者にも完了メール): a reset by the
 * numbers, a request for admin rights and its outcome, every change of admin rights. Sent once the transaction
 * that made the change commits ({@link AfterCommitMail}). Per-recipient extras (links that only that admin may use) come from {@code perRecipient}.
 */
public final class AdminNotices {

    static final String TEMPLATE = "houjin-admin-notice.ftl";
    static final String SUBJECT_PREFIX = "houjinNoticeSubject_";

    /** What a notice adds for one recipient (decision links); empty for none. */
    @FunctionalInterface
    public interface PerRecipient {
        Map<String, Object> extras(UserModel recipient);
    }

    private AdminNotices() {
    }

    /** Tells every admin of the corporation but the subject, about the subject. */
    public static void send(KeycloakSession session, RealmModel realm, Corporation corporation, CorporateUser subject,
            String kind) {
        send(session, realm, corporation, subject, kind, recipient -> Map.of());
    }

    public static void send(KeycloakSession session, RealmModel realm, Corporation corporation, CorporateUser subject,
            String kind, PerRecipient perRecipient) {
        CorporateDirectory directory = session.getProvider(CorporateDirectory.class);
        Map<String, Object> common = new HashMap<>();
        common.put("kind", kind);
        common.put("corporateId", corporation.getCorporateId());
        common.put("corporationName", corporation.getName());
        common.put("userId", subject.getUserId());
        common.put("name", ((subject.getFamilyName() == null ? "" : subject.getFamilyName()) + " "
                + (subject.getGivenName() == null ? "" : subject.getGivenName())).strip());
        common.put("time", PortalTime.format(Instant.now()));
        common.put("address", session.getContext().getConnection().getRemoteAddr());
        for (CorporateUser other : directory.admins(corporation)) {
            if (other.getId().equals(subject.getId()) || other.getEmail() == null) {
                continue;
            }
            UserModel recipient = Invitations.keycloakUser(session, realm, other);
            if (recipient == null) {
                continue;
            }
            Map<String, Object> attributes = new HashMap<>(common);
            attributes.putAll(perRecipient.extras(recipient));
            AfterCommitMail.send(session, realm, recipient.getId(), null, SUBJECT_PREFIX + kind,
                    List.<Object>of(corporation.getName()), TEMPLATE, attributes);
        }
    }
}
