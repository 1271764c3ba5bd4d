package jp.houjin.keycloak.invitation;

import jp.houjin.keycloak.common.DirectoryWork;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.houjin.keycloak.common.PortalTime;
import jp.houjin.keycloak.directory.model.CorporateUser;
import jp.houjin.keycloak.directory.model.Invitation;
import jp.houjin.keycloak.directory.storage.DirectoryAccounts;
import jp.houjin.keycloak.directory.storage.DirectoryAttributes;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.policy.PasswordPolicyManagerProvider;
import org.keycloak.policy.PolicyError;
import org.keycloak.services.resources.LoginActionsService;

/**
 * Creating, re-sending and revoking invitations of directory users. With an email the user gets a mail whose link
 * is per user and works once within the realm's invitation lifespan; in every case the user also gets a temporary
 * password, which the inviter passes on (seed 000: 仮パスワードは招待者へご確認ください). The caller's transaction
 * holds everything: when the mail cannot be sent, the caller rolls back and nothing changed.
 */
public final class Invitations extends DirectoryWork {

    public static final String MAIL_TEMPLATE = "houjin-invitation.ftl";
    public static final String MAIL_SUBJECT = "houjinInvitationSubject";

    private final InvitationSettings settings;

    public Invitations(KeycloakSession session, RealmModel realm) {
        super(session, realm);
        this.settings = InvitationSettings.of(realm);
    }

    /** What an invitation produced; the temporary password is null when an existing one was kept. */
    public record Issued(Invitation invitation, String temporaryPassword, long temporaryPasswordExpiresAt,
            boolean mailSent) {
    }

    /** Thrown for a temporary password the realm policy refuses; the message is the policy's message key. */
    public static final class RefusedPassword extends RuntimeException {
        private final transient Object[] parameters;

        RefusedPassword(PolicyError error) {
            super(error.getMessage());
            this.parameters = error.getParameters();
        }

        public Object[] parameters() {
            return parameters;
        }
    }

    /**
     * Invites the user: sets a temporary password (the one given, or a generated one), supersedes any pending
     * invitation, and sends the mail when the user has an email.
     */
    public Issued invite(CorporateUser entry, UserModel user, String givenPassword, String invitedBy) throws EmailException {
        String password = givenPassword == null || givenPassword.isEmpty() ? generate(user) : checked(user, givenPassword);
        long now = System.currentTimeMillis();
        long passwordExpires = now + settings.temporaryPasswordLifespan().toMillis();
        directory.setTemporaryPassword(realm, entry, password, passwordExpires);
        return issue(entry, user, invitedBy, password, passwordExpires);
    }

    /**
     * A new link (and mail) for a pending invitation; the old link stops working. The temporary password is kept
     * while it is still valid and the user has an email to receive the link; otherwise a new one is issued.
     */
    public Issued resend(Invitation previous, UserModel user, String invitedBy) throws EmailException {
        CorporateUser entry = previous.getUser();
        Long expires = entry.getTempPasswordExpiresAt();
        boolean keep = entry.getEmail() != null && expires != null && expires > System.currentTimeMillis();
        if (keep) {
            return issue(entry, user, invitedBy, null, expires);
        }
        return invite(entry, user, null, invitedBy);
    }

    /** The link stops working and the temporary password with it. */
    public void revoke(Invitation invitation) {
        invitation.setStatus(Invitation.Status.REVOKED);
        if (invitation.getUser().getTempPasswordExpiresAt() != null) {
            directory.clearPassword(invitation.getUser());
        }
    }

    private Issued issue(CorporateUser entry, UserModel user, String invitedBy, String password, long passwordExpires)
            throws EmailException {
        long expires = System.currentTimeMillis() + settings.invitationLifespan().toMillis();
        Invitation invitation = directory.createInvitation(entry, entry.getEmail(), invitedBy, expires);
        boolean mailed = false;
        if (entry.getEmail() != null) {
            sendMail(entry, user, invitation);
            mailed = true;
        }
        return new Issued(invitation, password, passwordExpires, mailed);
    }

    private void sendMail(CorporateUser entry, UserModel user, Invitation invitation) throws EmailException {
        String token = new InvitationActionToken(user.getId(), invitation.getId(), invitation.getExpiresAt(),
                settings.clientId()).serialize(session, realm, session.getContext().getUri());
        String link = LoginActionsService.actionTokenProcessor(session.getContext().getUri())
                .queryParam("key", token).queryParam("client_id", settings.clientId())
                .build(realm.getName()).toString();
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("link", link);
        attributes.put("corporateId", entry.getCorporation().getCorporateId());
        attributes.put("corporationName", entry.getCorporation().getName());
        attributes.put("userId", entry.getUserId());
        attributes.put("expiresAt", PortalTime.formatMillis(invitation.getExpiresAt()));
        attributes.put("lifespanDays", settings.invitationLifespan().toDays());
        session.getProvider(EmailTemplateProvider.class).setRealm(realm).setUser(user)
                .send(MAIL_SUBJECT, List.of(entry.getCorporation().getName()), MAIL_TEMPLATE, attributes);
    }

    /** A new initial password (seed 003) without an invitation: generated under the policy unless given. */
    public record InitialPassword(String password, long expiresAt) {
    }

    /**
     * Sets a new initial (temporary) password that works for {@code houjinTemporaryPasswordLifespanDays} and must be
     * changed at the next sign-in; throws {@link RefusedPassword} when the policy refuses a given one.
     */
    public InitialPassword setInitialPassword(CorporateUser entry, UserModel user, String givenPassword) {
        String password = givenPassword == null || givenPassword.isEmpty() ? generate(user) : checked(user, givenPassword);
        long expires = System.currentTimeMillis() + settings.temporaryPasswordLifespan().toMillis();
        directory.setTemporaryPassword(realm, entry, password, expires);
        return new InitialPassword(password, expires);
    }

    private String generate(UserModel user) {
        PasswordPolicyManagerProvider policy = session.getProvider(PasswordPolicyManagerProvider.class);
        for (int attempt = 0; attempt < 20; attempt++) {
            String candidate = TemporaryPasswords.generate();
            if (policy.validate(realm, user, candidate) == null) {
                return candidate;
            }
        }
        throw new IllegalStateException("The realm password policy refuses every generated temporary password");
    }

    private String checked(UserModel user, String password) {
        PolicyError error = session.getProvider(PasswordPolicyManagerProvider.class).validate(realm, user, password);
        if (error != null) {
            throw new RefusedPassword(error);
        }
        return password;
    }

    /** The Keycloak user of a directory entry (federated through the corporate directory provider). */
    public static UserModel keycloakUser(KeycloakSession session, RealmModel realm, CorporateUser entry) {
        return DirectoryAccounts.userOf(session, realm, entry);
    }
}
