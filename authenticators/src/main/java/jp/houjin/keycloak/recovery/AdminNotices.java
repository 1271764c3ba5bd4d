package jp.houjin.keycloak.recovery;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.houjin.keycloak.common.AfterCommit;
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
 * numbers, a request for admin rights and its outcome, every change of admin rights. Everything — who the admins
 * are, what each is sent — is worked out {@link AfterCommit after the change commits}, from committed data only.
 */
public final class AdminNotices {

    static final String TEMPLATE = "houjin-admin-notice.ftl";
    static final String SUBJECT_PREFIX = "houjinNoticeSubject_";

    /** What a notice adds for one recipient (decision links); empty for none. Runs after commit. */
    @FunctionalInterface
    public interface PerRecipient {
        Map<String, Object> extras(KeycloakSession session, RealmModel realm, UserModel recipient);
    }

    private AdminNotices() {
    }

    /** Tells every admin of the corporation but the subject, about the subject. */
    public static void send(KeycloakSession session, RealmModel realm, Corporation corporation, CorporateUser subject,
            String kind) {
        send(session, realm, corporation, subject, kind, (s, r, recipient) -> Map.of());
    }

    public static void send(KeycloakSession session, RealmModel realm, Corporation corporation, CorporateUser subject,
            String kind, PerRecipient perRecipient) {
        Map<String, Object> common = new HashMap<>();
        common.put("kind", kind);
        common.put("corporateId", corporation.getCorporateId());
        common.put("corporationName", corporation.getName());
        common.put("userId", subject.getUserId());
        common.put("name", ((subject.getFamilyName() == null ? "" : subject.getFamilyName()) + " "
                + (subject.getGivenName() == null ? "" : subject.getGivenName())).strip());
        common.put("time", PortalTime.format(Instant.now()));
        common.put("address", session.getContext().getConnection().getRemoteAddr());
        String realmId = realm.getId();
        String corporationId = corporation.getId();
        String subjectId = subject.getId();
        List<Object> subjectParameters = List.of(corporation.getName());
        AfterCommit.run(session, "admin notice " + kind, mailing -> {
            RealmModel sameRealm = mailing.realms().getRealm(realmId);
            CorporateDirectory directory = mailing.getProvider(CorporateDirectory.class);
            Corporation current = directory.findCorporationByInternalId(corporationId).orElse(null);
            if (current == null) {
                return;
            }
            for (CorporateUser other : directory.admins(current)) {
                if (other.getId().equals(subjectId) || other.getEmail() == null) {
                    continue;
                }
                UserModel recipient = Invitations.keycloakUser(mailing, sameRealm, other);
                if (recipient == null) {
                    continue;
                }
                Map<String, Object> attributes = new HashMap<>(common);
                attributes.putAll(perRecipient.extras(mailing, sameRealm, recipient));
                AfterCommitMail.sendNow(mailing, sameRealm, recipient, SUBJECT_PREFIX + kind, subjectParameters,
                        TEMPLATE, attributes);
            }
        });
    }
}
