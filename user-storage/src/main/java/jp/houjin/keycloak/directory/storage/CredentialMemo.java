package jp.houjin.keycloak.directory.storage;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.keycloak.credential.CredentialModel;
import org.keycloak.models.SubjectCredentialManager;

/**
 * Keycloak's credential manager of one directory user, its stored credentials (the ones Keycloak keeps in federated
 * storage: OTP, WebAuthn, recovery codes — never the directory's password) read once and then answered from memory,
 * as {@link FederatedStorageMemo} does for attributes. A browser-flow sign-in asks three times (the conditional OTP
 * sub-flow by type, the choice of authenticators for all); Keycloak's user cache would answer a local user from
 * memory, the federation runs without it. Every call other than a read — including {@code isValid}, which may
 * re-hash — goes through and forgets what was read, so nothing older than the request is ever answered.
 */
final class CredentialMemo implements InvocationHandler {

    /** Reads answered from {@link #stored} or passed through without forgetting it. */
    private static final Set<String> READS = Set.of("getStoredCredentialsStream", "getStoredCredentialsByTypeStream",
            "getStoredCredentialById", "getStoredCredentialByNameAndType", "isConfiguredFor", "isConfiguredLocally",
            "getConfiguredUserStorageCredentialTypesStream", "getDisableableCredentialTypesStream",
            "getFederatedCredentialsStream", "getCredentials", "getFirstFactorCredentialsStream");

    private final SubjectCredentialManager delegate;
    /** All stored credentials in Keycloak's order (priority), or null when not read since the last write. */
    private List<CredentialModel> stored;

    private CredentialMemo(SubjectCredentialManager delegate) {
        this.delegate = delegate;
    }

    static SubjectCredentialManager of(SubjectCredentialManager delegate) {
        return (SubjectCredentialManager) Proxy.newProxyInstance(SubjectCredentialManager.class.getClassLoader(),
                new Class<?>[] {SubjectCredentialManager.class}, new CredentialMemo(delegate));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        int count = method.getParameterCount();
        if (name.equals("getStoredCredentialsStream") && count == 0) {
            return copies(stored());
        }
        if (name.equals("getStoredCredentialsByTypeStream") && count == 1) {
            // The type's credentials are the list's, in the same order (both read by priority).
            return copies(stored()).filter(c -> Objects.equals(c.getType(), args[0]));
        }
        if (!READS.contains(name)) {
            stored = null;
            try {
                return call(method, args);
            } finally {
                stored = null;
            }
        }
        return call(method, args);
    }

    private List<CredentialModel> stored() {
        if (stored == null) {
            stored = delegate.getStoredCredentialsStream().toList();
        }
        return stored;
    }

    /** Each caller its own models: Keycloak's callers may change a model before storing it. */
    private static Stream<CredentialModel> copies(List<CredentialModel> models) {
        return models.stream().map(CredentialModel::shallowClone);
    }

    private Object call(Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(delegate, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
