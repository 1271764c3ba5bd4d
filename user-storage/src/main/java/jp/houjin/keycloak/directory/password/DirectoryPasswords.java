package jp.houjin.keycloak.directory.password;

import java.util.Optional;

import jp.houjin.keycloak.directory.password.PasswordHasher.Check;
import org.jboss.logging.Logger;
import org.keycloak.credential.hash.PasswordHashProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.PasswordPolicy;
import org.keycloak.models.credential.PasswordCredentialModel;

/**
 * Directory passwords under the realm's hashing policy (<i>Authentication → Policies → Password policy → Hashing
 * algorithm / Hashing iterations</i>; Keycloak's default provider, Argon2, when the policy names none), through
 * Keycloak's own password-hash providers, as Keycloak's {@code PasswordCredentialProvider} does for its own users:
 * verify with the provider that made the hash, then re-hash when the policy's provider says the hash is not what the
 * policy asks for ({@code policyCheck}). The directory's earlier forms (PBKDF2-SHA256 {@code pbkdf2-sha256$…}, legacy
 * bcrypt) still verify, and always ask for a re-hash. Stored form: {@link StoredPassword}.
 */
public final class DirectoryPasswords {

    private static final Logger LOG = Logger.getLogger(DirectoryPasswords.class);

    private final KeycloakSession session;
    private final PasswordHasher earlierForms;

    public DirectoryPasswords(KeycloakSession session, PasswordHasher earlierForms) {
        this.session = session;
        this.earlierForms = earlierForms;
    }

    /** A new hash under the policy, in the stored form. */
    public String hash(PasswordPolicy policy, String password) {
        PasswordPolicy p = orEmpty(policy);
        return StoredPassword.format(provider(p).encodedCredential(password, p.getHashIterations()));
    }

    public Check verify(PasswordPolicy policy, String password, String stored) {
        PasswordPolicy p = orEmpty(policy);
        if (password == null) {
            return Check.INVALID;
        }
        if (stored == null || stored.isEmpty()) {
            // An account without a password (not yet invited, or its password removed) costs what a real one does.
            dummy(p, password);
            return Check.INVALID;
        }
        if (!StoredPassword.isKeycloakForm(stored)) {
            return earlierForms.verify(password, stored) == Check.INVALID ? Check.INVALID : Check.VALID_NEEDS_UPGRADE;
        }
        Optional<PasswordCredentialModel> credential = StoredPassword.parse(stored);
        PasswordHashProvider made = credential
                .map(c -> session.getProvider(PasswordHashProvider.class, c.getPasswordCredentialData().getAlgorithm()))
                .orElse(null);
        if (made == null) {
            LOG.warnf("A directory password hash is damaged or names an unknown hashing provider (%s); it cannot verify",
                    credential.map(c -> c.getPasswordCredentialData().getAlgorithm()).orElse("unreadable"));
            dummy(p, password);
            return Check.INVALID;
        }
        if (!made.verify(password, credential.get())) {
            return Check.INVALID;
        }
        return provider(p).policyCheck(p, credential.get()) ? Check.VALID : Check.VALID_NEEDS_UPGRADE;
    }

    /** Costs what checking a password hashed under the policy costs (as Keycloak's own {@code dummyHash}). */
    public void dummy(PasswordPolicy policy, String password) {
        PasswordPolicy p = orEmpty(policy);
        provider(p).encodedCredential(password == null ? "" : password, p.getHashIterations());
    }

    /** The policy's provider, or Keycloak's default one when the policy names none or an unknown one. */
    private PasswordHashProvider provider(PasswordPolicy policy) {
        String algorithm = policy.getHashAlgorithm();
        if (algorithm != null) {
            PasswordHashProvider provider = session.getProvider(PasswordHashProvider.class, algorithm);
            if (provider != null) {
                return provider;
            }
            LOG.warnf("The realm's hashing algorithm %s has no provider; directory passwords use the default", algorithm);
        }
        return session.getProvider(PasswordHashProvider.class);
    }

    private static PasswordPolicy orEmpty(PasswordPolicy policy) {
        return policy == null ? PasswordPolicy.empty() : policy;
    }
}
