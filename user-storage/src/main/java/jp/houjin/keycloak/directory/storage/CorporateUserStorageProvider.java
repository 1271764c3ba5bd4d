package jp.houjin.keycloak.directory.storage;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import jp.houjin.keycloak.directory.CorporateDirectory;
import jp.houjin.keycloak.directory.model.Corporation;
import jp.houjin.keycloak.directory.model.CorporateUser;
import jp.houjin.keycloak.directory.text.InputNormalizer;
import org.keycloak.component.ComponentModel;
import org.keycloak.credential.CredentialInput;
import org.keycloak.credential.CredentialInputUpdater;
import org.keycloak.credential.CredentialInputValidator;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.policy.PasswordPolicyManagerProvider;
import org.keycloak.policy.PolicyError;
import org.keycloak.storage.StorageId;
import org.keycloak.storage.UserStorageProvider;
import org.keycloak.storage.user.UserLookupProvider;
import org.keycloak.storage.user.UserQueryProvider;
import org.keycloak.storage.user.UserRegistrationProvider;

/**
 * The corporate directory as a Keycloak user federation provider: lookups, paged console search, create and delete
 * from the console, and password validation and changes against the directory's hashes.
 */
final class CorporateUserStorageProvider implements UserStorageProvider, UserLookupProvider, UserQueryProvider,
        UserRegistrationProvider, CredentialInputValidator, CredentialInputUpdater {

    private final KeycloakSession session;
    private final ComponentModel model;
    private final CorporateDirectory directory;
    private final Map<String, CorporateUserAdapter> adapters = new HashMap<>();

    CorporateUserStorageProvider(KeycloakSession session, ComponentModel model) {
        this.session = session;
        this.model = model;
        this.directory = session.getProvider(CorporateDirectory.class);
    }

    /**
     * One adapter per user and request (this provider lives as long as the request's session): Keycloak asks for the
     * same user many times in a sign-in, and each adapter reads Keycloak's federated storage once
     * ({@link FederatedStorageMemo}). The next request starts afresh, so the directory still governs at once.
     */
    private UserModel adapt(RealmModel realm, CorporateUser user) {
        return adapters.computeIfAbsent(realm.getId() + "/" + user.getId(),
                key -> new CorporateUserAdapter(session, realm, model, user));
    }

    private Optional<CorporateUser> entity(UserModel user) {
        return directory.findUserById(StorageId.externalId(user.getId()));
    }

    @Override
    public UserModel getUserById(RealmModel realm, String id) {
        return directory.findUserById(StorageId.externalId(id)).map(u -> adapt(realm, u)).orElse(null);
    }

    @Override
    public UserModel getUserByUsername(RealmModel realm, String username) {
        return DirectoryAttributes.parseUsername(username)
                .flatMap(q -> directory.findUser(q.corporateId(), q.userId()))
                .map(u -> adapt(realm, u)).orElse(null);
    }

    @Override
    public UserModel getUserByEmail(RealmModel realm, String email) {
        if (Boolean.TRUE.equals(session.getAttribute(DirectoryAccounts.INDIVIDUAL_SIGN_UP))) {
            return null;
        }
        return directory.findUserByUniqueEmail(email).map(u -> adapt(realm, u)).orElse(null);
    }

    @Override
    public Stream<UserModel> searchForUserStream(RealmModel realm, Map<String, String> params, Integer first, Integer max) {
        String term = term(params);
        if (term == null) {
            return Stream.empty();
        }
        return directory.search(term, first == null ? 0 : first, max == null ? -1 : max).stream().map(u -> adapt(realm, u));
    }

    @Override
    public int getUsersCount(RealmModel realm) {
        return (int) Math.min(Integer.MAX_VALUE, directory.count("*"));
    }

    @Override
    public int getUsersCount(RealmModel realm, boolean includeServiceAccount) {
        return getUsersCount(realm);
    }

    @Override
    public int getUsersCount(RealmModel realm, String search) {
        return (int) Math.min(Integer.MAX_VALUE, directory.count(search));
    }

    @Override
    public int getUsersCount(RealmModel realm, Map<String, String> params) {
        String term = term(params);
        return term == null ? 0 : (int) Math.min(Integer.MAX_VALUE, directory.count(term));
    }

    /**
     * The console's free-text search, or a single attribute query Keycloak makes (username, email, name); null for
     * queries the directory cannot answer (groups, identity-provider links, other attributes).
     */
    private static String term(Map<String, String> params) {
        if (params.containsKey(UserModel.SEARCH)) {
            return params.get(UserModel.SEARCH);
        }
        for (String key : new String[] {UserModel.USERNAME, UserModel.EMAIL, UserModel.FIRST_NAME, UserModel.LAST_NAME}) {
            if (params.containsKey(key)) {
                return params.get(key);
            }
        }
        Set<String> ignorable = Set.of(UserModel.INCLUDE_SERVICE_ACCOUNT, UserModel.EXACT, UserModel.ENABLED);
        return params.keySet().stream().allMatch(ignorable::contains) ? "*" : null;
    }

    @Override
    public Stream<UserModel> getGroupMembersStream(RealmModel realm, GroupModel group, Integer first, Integer max) {
        return Stream.empty();
    }

    @Override
    public Stream<UserModel> searchForUserByUserAttributeStream(RealmModel realm, String name, String value) {
        String v = InputNormalizer.normalize(value);
        Optional<CorporateUser> found = switch (name) {
            case UserModel.EMAIL -> directory.findUserByUniqueEmail(v);
            case UserModel.USERNAME -> DirectoryAttributes.parseUsername(v).flatMap(q -> directory.findUser(q.corporateId(), q.userId()));
            default -> Optional.empty();
        };
        if (DirectoryAttributes.CORPORATE_ID.equals(name)) {
            return directory.search(v + ":", 0, -1).stream().map(u -> adapt(realm, u));
        }
        return found.stream().map(u -> adapt(realm, u));
    }

    /**
     * Users created in the console with a {@code <corporate ID>:<user ID>} username go to the directory; any other
     * username returns null so Keycloak stores the user locally (individual accounts).
     */
    @Override
    public UserModel addUser(RealmModel realm, String username) {
        Optional<DirectoryAttributes.QualifiedUserId> qualified = DirectoryAttributes.parseUsername(username);
        if (qualified.isEmpty()) {
            return null;
        }
        InputNormalizer.Result userId = InputNormalizer.login(qualified.get().userId());
        if (!userId.ok() || userId.value().contains("@")) {
            throw new ModelException("houjinInvalidUserId");
        }
        Corporation corporation = directory.findCorporation(qualified.get().corporateId())
                .orElseThrow(() -> new ModelException("houjinUnknownCorporation", qualified.get().corporateId()));
        if (directory.findUser(corporation.getCorporateId(), userId.value()).isPresent()) {
            throw new ModelException("houjinUserIdExists");
        }
        return adapt(realm, directory.createUser(corporation, userId.value()));
    }

    @Override
    public boolean removeUser(RealmModel realm, UserModel user) {
        Optional<CorporateUser> entity = entity(user);
        entity.ifPresent(u -> {
            adapters.remove(realm.getId() + "/" + u.getId());
            directory.deleteUser(u);
        });
        return entity.isPresent();
    }

    @Override
    public boolean supportsCredentialType(String credentialType) {
        return PasswordCredentialModel.TYPE.equals(credentialType);
    }

    @Override
    public boolean isConfiguredFor(RealmModel realm, UserModel user, String credentialType) {
        return supportsCredentialType(credentialType) && entity(user).map(u -> u.getPasswordHash() != null).orElse(false);
    }

    /**
     * Keycloak's own password checks (the password grant, its stock username/password forms, any flow an admin builds
     * from them) never accept a directory password: those doors cannot apply the IP allow-list, suspension and
     * temporary-password rules. The corporate forms check the password through {@link CorporateDirectory} after
     * those rules. The refusal spends the time of a real check, so it tells nothing about the password.
     */
    @Override
    public boolean isValid(RealmModel realm, UserModel user, CredentialInput input) {
        if (supportsCredentialType(input.getType()) && input.getChallengeResponse() != null) {
            directory.verifyDummyPassword(realm, input.getChallengeResponse());
        }
        return false;
    }

    @Override
    public boolean updateCredential(RealmModel realm, UserModel user, CredentialInput input) {
        if (!supportsCredentialType(input.getType()) || input.getChallengeResponse() == null) {
            return false;
        }
        CorporateUser entity = entity(user).orElseThrow(() -> new ModelException("houjinUnknownUser"));
        // Keycloak applies the realm's password policy only to passwords it stores itself; a federation provider
        // must do so for every change (admin reset, required action, account console).
        PolicyError error = session.getProvider(PasswordPolicyManagerProvider.class)
                .validate(realm, user, input.getChallengeResponse());
        if (error != null) {
            throw new ModelException(error.getMessage(), error.getParameters());
        }
        directory.setPassword(realm, entity, input.getChallengeResponse());
        return true;
    }

    @Override
    public void disableCredentialType(RealmModel realm, UserModel user, String credentialType) {
        if (supportsCredentialType(credentialType)) {
            entity(user).ifPresent(u -> u.setPasswordHash(null));
        }
    }

    @Override
    public Stream<String> getDisableableCredentialTypesStream(RealmModel realm, UserModel user) {
        return isConfiguredFor(realm, user, PasswordCredentialModel.TYPE) ? Stream.of(PasswordCredentialModel.TYPE) : Stream.empty();
    }

    @Override
    public void close() {
    }
}
