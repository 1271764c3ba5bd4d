package jp.houjin.keycloak.directory.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.keycloak.common.util.MultivaluedHashMap;
import org.keycloak.storage.federated.UserFederatedStorageProvider;

class FederatedStorageMemoTest {

    private final List<String> calls = new ArrayList<>();
    private final MultivaluedHashMap<String, String> stored = new MultivaluedHashMap<>();
    private final List<String> actions = new ArrayList<>(List.of("houjin-profile-completion"));

    /** Keycloak's federated storage as a recording fake: attributes, required actions, and writes to them. */
    private final UserFederatedStorageProvider storage = (UserFederatedStorageProvider) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {UserFederatedStorageProvider.class}, (proxy, method, args) -> {
                calls.add(method.getName());
                return switch (method.getName()) {
                    case "getAttributes" -> {
                        MultivaluedHashMap<String, String> copy = new MultivaluedHashMap<>();
                        stored.forEach((k, v) -> copy.put(k, new ArrayList<>(v)));
                        yield copy;
                    }
                    case "getRequiredActionsStream" -> new ArrayList<>(actions).stream();
                    case "setSingleAttribute" -> {
                        stored.putSingle((String) args[2], (String) args[3]);
                        yield null;
                    }
                    case "removeRequiredAction" -> {
                        actions.remove((String) args[2]);
                        yield null;
                    }
                    case "addRequiredAction" -> {
                        if (!actions.contains((String) args[2])) {
                            actions.add((String) args[2]);
                        }
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                };
            });

    private final UserFederatedStorageProvider memo = FederatedStorageMemo.of(storage);

    @Test
    void givenRepeatedReadsThenTheStorageIsAskedOnceAndEachCallerGetsItsOwnCopy() {
        stored.putSingle("enabled", "true");
        MultivaluedHashMap<String, String> first = memo.getAttributes(null, "f:1:u");
        first.remove("enabled");
        first.add("username", "00000001:times_user001");
        assertThat(memo.getAttributes(null, "f:1:u").getFirst("enabled")).isEqualTo("true");
        assertThat(memo.getAttributes(null, "f:1:u").containsKey("username")).isFalse();
        assertThat(memo.getRequiredActionsStream(null, "f:1:u")).containsExactly("houjin-profile-completion");
        assertThat(memo.getRequiredActionsStream(null, "f:1:u")).containsExactly("houjin-profile-completion");
        assertThat(calls).containsExactly("getAttributes", "getRequiredActionsStream");
    }

    @Test
    void givenAWriteThroughTheMemoThenTheNextReadSeesIt() {
        assertThat(memo.getAttributes(null, "f:1:u").getFirst("enabled")).isNull();
        memo.setSingleAttribute(null, "f:1:u", "enabled", "false");
        assertThat(memo.getAttributes(null, "f:1:u").getFirst("enabled")).isEqualTo("false");

        assertThat(calls).containsExactly("getAttributes", "setSingleAttribute", "getAttributes");
    }

    @Test
    void givenARequiredActionAddedOrRemovedThenTheMemoFollowsWithoutReadingAgain() {
        assertThat(memo.getAttributes(null, "f:1:u")).isEmpty();
        assertThat(memo.getRequiredActionsStream(null, "f:1:u")).containsExactly("houjin-profile-completion");
        memo.removeRequiredAction(null, "f:1:u", "houjin-profile-completion");
        assertThat(memo.getRequiredActionsStream(null, "f:1:u")).isEmpty();
        memo.addRequiredAction(null, "f:1:u", "UPDATE_PASSWORD");
        memo.addRequiredAction(null, "f:1:u", "UPDATE_PASSWORD");
        assertThat(memo.getRequiredActionsStream(null, "f:1:u")).containsExactly("UPDATE_PASSWORD");
        assertThat(actions).containsExactly("UPDATE_PASSWORD");
        assertThat(memo.getAttributes(null, "f:1:u")).isEmpty();
        assertThat(calls).containsExactly("getAttributes", "getRequiredActionsStream", "removeRequiredAction",
                "addRequiredAction", "addRequiredAction");
    }

    @Test
    void givenAnyOtherCallThenItReachesTheStorage() {
        assertThatThrownBy(() -> memo.getStoredCredentialsStream(null, "f:1:u"))
                .isInstanceOf(UnsupportedOperationException.class).hasMessage("getStoredCredentialsStream");
        assertThat(calls).containsExactly("getStoredCredentialsStream");
    }

    @Test
    void givenARemovalOfAnActionTheUserDoesNotHaveThenTheStorageIsNotAsked() {
        assertThat(memo.getRequiredActionsStream(null, "f:1:u")).containsExactly("houjin-profile-completion");
        memo.removeRequiredAction(null, "f:1:u", "VERIFY_PROFILE");
        assertThat(memo.getRequiredActionsStream(null, "f:1:u")).containsExactly("houjin-profile-completion");
        assertThat(calls).containsExactly("getRequiredActionsStream");
    }
}
