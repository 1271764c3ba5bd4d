package jp.houjin.keycloak.directory.storage;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import jp.houjin.keycloak.directory.CorporateDirectory;
import jp.houjin.keycloak.directory.model.CorporateGroup;
import jp.houjin.keycloak.directory.model.CorporateUser;
import org.keycloak.common.util.MultivaluedHashMap;
import org.keycloak.component.ComponentModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.SubjectCredentialManager;
import org.keycloak.models.UserModel;
import org.keycloak.storage.StorageId;
import org.keycloak.storage.federated.UserFederatedStorageProvider;
import org.keycloak.storage.adapter.AbstractUserAdapterFederatedStorage;

/**
 * A directory user as Keycloak sees it. Names, kana, email, group, role and login status live in the directory
 * and are written there in Keycloak's transaction; anything else falls back to Keycloak's federated storage.
 */
final class CorporateUserAdapter extends AbstractUserAdapterFederatedStorage {

    static final String STATUS_ACTIVE = "active";
    static final String STATUS_SUSPENDED = "login_suspended";

    private final CorporateUser entity;
    private final String keycloakId;
    private UserFederatedStorageProvider federatedStorage;
    private SubjectCredentialManager credentials;

    CorporateUserAdapter(KeycloakSession session, RealmModel realm, ComponentModel model, CorporateUser entity) {
        super(session, realm, model);
        this.entity = entity;
        this.keycloakId = StorageId.keycloakId(model, entity.getId());
    }

    CorporateUser entity() {
        return entity;
    }

    @Override
    public UserFederatedStorageProvider getFederatedStorage() {
        if (federatedStorage == null) {
            federatedStorage = FederatedStorageMemo.of(super.getFederatedStorage());
        }
        return federatedStorage;
    }

    /**
     * Keycloak's credential manager for this user, its reads of the stored credentials remembered for the request
     * ({@link CredentialMemo}): the browser flow asks for them several times per sign-in (conditional OTP, the
     * choice of authenticators), and without Keycloak's user cache each ask is a query.
     */
    @Override
    public SubjectCredentialManager credentialManager() {
        if (credentials == null) {
            credentials = CredentialMemo.of(super.credentialManager());
        }
        return credentials;
    }

    @Override
    public String getId() {
        return keycloakId;
    }

    @Override
    public String getUsername() {
        return DirectoryAttributes.username(entity.getCorporation().getCorporateId(), entity.getUserId());
    }

    @Override
    public void setUsername(String username) {
        if (username != null && !username.equalsIgnoreCase(getUsername())) {
            throw new ModelException("houjinUsernameReadOnly");
        }
    }

    @Override
    public Long getCreatedTimestamp() {
        return entity.getCreatedAt();
    }

    @Override
    public void setCreatedTimestamp(Long timestamp) {
        // The directory keeps its own creation time.
    }

    /**
     * Keycloak's own enabled switch (kept in federated storage) and the directory's login status both have to allow
     * sign-in; they are separate so that saving a user in the console never overwrites the login status.
     */
    @Override
    public boolean isEnabled() {
        return super.isEnabled() && entity.maySignIn();
    }

    /**
     * A directory user's email was registered by their corporation and proven by the invitation mail's link, so
     * Keycloak's "verify email" (on for the realm's individual sign-ups) never stops a corporate user.
     */
    @Override
    public boolean isEmailVerified() {
        return true;
    }

    @Override
    public void setSingleAttribute(String name, String value) {
        if (!write(name, value)) {
            super.setSingleAttribute(name, value);
        }
    }

    @Override
    public void setAttribute(String name, List<String> values) {
        String value = values == null || values.isEmpty() ? null : values.get(0);
        if (!write(name, value)) {
            super.setAttribute(name, values);
        }
    }

    @Override
    public void removeAttribute(String name) {
        if (!write(name, null)) {
            super.removeAttribute(name);
        }
    }

    @Override
    public String getFirstAttribute(String name) {
        return isDirectoryAttribute(name) ? read(name) : super.getFirstAttribute(name);
    }

    @Override
    public Stream<String> getAttributeStream(String name) {
        if (isDirectoryAttribute(name)) {
            String v = read(name);
            return v == null ? Stream.empty() : Stream.of(v);
        }
        return super.getAttributeStream(name);
    }

    @Override
    public Map<String, List<String>> getAttributes() {
        MultivaluedHashMap<String, String> all = new MultivaluedHashMap<>();
        all.putAll(super.getAttributes());
        for (String name : DIRECTORY_ATTRIBUTES) {
            all.remove(name);
            String v = read(name);
            if (v != null) {
                all.add(name, v);
            }
        }
        return all;
    }

    private static final List<String> DIRECTORY_ATTRIBUTES = List.of(UserModel.USERNAME, UserModel.EMAIL,
            UserModel.FIRST_NAME, UserModel.LAST_NAME, DirectoryAttributes.CORPORATE_ID, DirectoryAttributes.CORPORATION_NAME,
            DirectoryAttributes.USER_ID, DirectoryAttributes.KANA_LAST_NAME, DirectoryAttributes.KANA_FIRST_NAME,
            DirectoryAttributes.GROUP_NAME, DirectoryAttributes.CORPORATE_ROLE, DirectoryAttributes.LOGIN_STATUS);

    private static boolean isDirectoryAttribute(String name) {
        return DIRECTORY_ATTRIBUTES.contains(name);
    }

    private String read(String name) {
        return switch (name) {
            case UserModel.USERNAME -> getUsername();
            case UserModel.EMAIL -> entity.getEmailKey();
            case UserModel.FIRST_NAME -> entity.getGivenName();
            case UserModel.LAST_NAME -> entity.getFamilyName();
            case DirectoryAttributes.CORPORATE_ID -> entity.getCorporation().getCorporateId();
            case DirectoryAttributes.CORPORATION_NAME -> entity.getCorporation().getName();
            case DirectoryAttributes.USER_ID -> entity.getUserId();
            case DirectoryAttributes.KANA_LAST_NAME -> entity.getKanaFamilyName();
            case DirectoryAttributes.KANA_FIRST_NAME -> entity.getKanaGivenName();
            case DirectoryAttributes.GROUP_NAME -> entity.getGroupName();
            case DirectoryAttributes.CORPORATE_ROLE -> entity.getRole().value();
            case DirectoryAttributes.LOGIN_STATUS -> entity.isLoginSuspended() ? STATUS_SUSPENDED : STATUS_ACTIVE;
            default -> null;
        };
    }

    /** Writes a directory attribute; false when the name is not one of ours. */
    private boolean write(String name, String raw) {
        if (!isDirectoryAttribute(name)) {
            return false;
        }
        String value = raw == null || raw.isBlank() ? null : raw.strip();
        switch (name) {
            case UserModel.USERNAME -> setUsername(value);
            case UserModel.EMAIL -> entity.setEmail(bounded(value, 254));
            case UserModel.FIRST_NAME -> entity.setGivenName(bounded(value, 64));
            case UserModel.LAST_NAME -> entity.setFamilyName(bounded(value, 64));
            case DirectoryAttributes.KANA_LAST_NAME -> entity.setKanaFamilyName(bounded(value, 64));
            case DirectoryAttributes.KANA_FIRST_NAME -> entity.setKanaGivenName(bounded(value, 64));
            case DirectoryAttributes.GROUP_NAME -> setGroupByName(value);
            case DirectoryAttributes.CORPORATE_ROLE -> setRole(roleOf(value));
            case DirectoryAttributes.LOGIN_STATUS -> setStatus(value == null ? STATUS_ACTIVE : value);
            default -> {
                // corporateId, corporationName and userId make up the username: read-only.
                if (value != null && !value.equals(read(name))) {
                    throw new ModelException("houjinAttributeReadOnly", name);
                }
                return true;
            }
        }
        return true;
    }

    /** A real change of role is published, so that the corporation's admins hear of every change of admin rights. */
    private void setRole(CorporateUser.Role role) {
        CorporateUser.Role before = entity.getRole();
        if (before == role) {
            return;
        }
        entity.setRole(role);
        session.getKeycloakSessionFactory().publish(new CorporateRoleChanged(session, realm, this, entity, before, role));
    }

    private static CorporateUser.Role roleOf(String value) {
        CorporateUser.Role role = CorporateUser.Role.ofValue(value);
        return role == null ? CorporateUser.Role.USER : role;
    }

    /**
     * グループ名 written through Keycloak (the admin console, a user-profile form): names one of the corporation's
     * existing groups, and the user moves there. A name that is none of them (or two of them) is refused: groups are
     * made in 法人管理, never by typing a new name. The same name as now changes nothing; blank means the メイングループ.
     */
    private void setGroupByName(String name) {
        CorporateDirectory directory = session.getProvider(CorporateDirectory.class);
        if (name == null) {
            entity.setGroup(directory.mainGroup(entity.getCorporation()));
            return;
        }
        if (name.equals(entity.getGroupName())) {
            return;
        }
        List<CorporateGroup> named = directory.groupsNamed(entity.getCorporation(), name, 2);
        if (named.size() != 1) {
            throw new ModelException("houjinUnknownGroup", name);
        }
        entity.setGroup(named.get(0));
    }

    private void setStatus(String value) {
        switch (value.toLowerCase(Locale.ROOT)) {
            case STATUS_ACTIVE -> entity.setStatus(CorporateUser.Status.ACTIVE);
            case STATUS_SUSPENDED -> entity.setStatus(CorporateUser.Status.LOGIN_SUSPENDED);
            default -> throw new ModelException("houjinInvalidLoginStatus", value);
        }
    }

    private static String bounded(String value, int max) {
        if (value != null && value.length() > max) {
            throw new ModelException("houjinValueTooLong", max);
        }
        return value;
    }
}
