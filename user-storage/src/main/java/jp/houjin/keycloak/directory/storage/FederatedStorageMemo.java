package jp.houjin.keycloak.directory.storage;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.keycloak.common.util.MultivaluedHashMap;
import org.keycloak.models.RealmModel;
import org.keycloak.storage.federated.UserFederatedStorageProvider;

/**
 * Keycloak's federated storage (the attributes and required actions Keycloak keeps for a directory user) as one
 * adapter sees it: read once, then answered from memory. The federation runs without Keycloak's user cache
 * ({@code NO_CACHE}), so otherwise every read of an adapter — {@code isEnabled}, each user-profile attribute, the
 * required actions — is a query; a sign-in made about a dozen. An adapter lives for one request, and any write
 * through it forgets what was read, so nothing older than the request is ever answered.
 */
final class FederatedStorageMemo implements InvocationHandler {

    private final UserFederatedStorageProvider storage;
    private MultivaluedHashMap<String, String> attributes;
    private List<String> requiredActions;

    private FederatedStorageMemo(UserFederatedStorageProvider storage) {
        this.storage = storage;
    }

    /** For one adapter, that is one user: the calls name that user's id. */
    static UserFederatedStorageProvider of(UserFederatedStorageProvider storage) {
        return (UserFederatedStorageProvider) Proxy.newProxyInstance(UserFederatedStorageProvider.class.getClassLoader(),
                new Class<?>[] {UserFederatedStorageProvider.class}, new FederatedStorageMemo(storage));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        if (name.equals("getAttributes") && method.getParameterCount() == 2 && method.getParameterTypes()[1] == String.class) {
            if (attributes == null) {
                attributes = copy(storage.getAttributes((RealmModel) args[0], (String) args[1]));
            }
            // Callers change the map they get (the adapter renames keys in it): each gets its own copy.
            return copy(attributes);
        }
        if (name.equals("getRequiredActionsStream") && method.getParameterCount() == 2) {
            if (requiredActions == null) {
                requiredActions = storage.getRequiredActionsStream((RealmModel) args[0], (String) args[1])
                        .toList();
            }
            return requiredActions.stream();
        }
        if ((name.equals("addRequiredAction") || name.equals("removeRequiredAction")) && method.getParameterCount() == 3
                && args[2] instanceof String action) {
            // A sign-in adds or removes required actions; keep what was read and apply the change to it, rather
            // than reading both tables again. Removing an action the user does not have changes nothing — Keycloak's
            // own user store skips it likewise — so it is not sent (the federated store would lock the user's rows
            // and flush the whole persistence context: Keycloak's profile check does it at every sign-in).
            if (name.equals("removeRequiredAction") && requiredActions != null && !requiredActions.contains(action)) {
                return null;
            }
            Object result = call(method, args);
            if (requiredActions != null) {
                List<String> updated = new ArrayList<>(requiredActions);
                updated.remove(action);
                if (name.equals("addRequiredAction")) {
                    updated.add(action);
                }
                requiredActions = updated;
            }
            return result;
        }
        if (!name.startsWith("get") && !name.startsWith("is") && !name.startsWith("search")) {
            attributes = null;
            requiredActions = null;
        }
        return call(method, args);
    }

    private Object call(Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(storage, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static MultivaluedHashMap<String, String> copy(MultivaluedHashMap<String, String> source) {
        MultivaluedHashMap<String, String> copy = new MultivaluedHashMap<>();
        if (source != null) {
            for (Map.Entry<String, List<String>> e : source.entrySet()) {
                copy.put(e.getKey(), new ArrayList<>(e.getValue()));
            }
        }
        return copy;
    }
}
