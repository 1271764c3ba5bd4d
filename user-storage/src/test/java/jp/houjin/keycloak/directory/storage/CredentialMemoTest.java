package jp.houjin.keycloak.directory.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.SubjectCredentialManager;

class CredentialMemoTest {

    private final List<String> calls = new ArrayList<>();
    private final List<CredentialModel> stored = new ArrayList<>(List.of(credential("c1", "otp", "phone"),
            credential("c2", "webauthn", "key"), credential("c3", "otp", "tablet")));

    /** Keycloak's credential manager as a recording fake over {@link #stored}. */
    private final SubjectCredentialManager manager = (SubjectCredentialManager) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {SubjectCredentialManager.class}, (proxy, method, args) -> {
                calls.add(method.getName());
                return switch (method.getName()) {
                    case "getStoredCredentialsStream" -> new ArrayList<>(stored).stream().map(CredentialModel::shallowClone);
                    case "removeStoredCredentialById" -> stored.removeIf(c -> c.getId().equals(args[0]));
                    case "isValid" -> true;
                    case "isConfiguredFor" -> true;
                    default -> throw new UnsupportedOperationException(method.getName());
                };
            });

    private final SubjectCredentialManager memo = CredentialMemo.of(manager);

    private static CredentialModel credential(String id, String type, String label) {
        CredentialModel c = new CredentialModel();
        c.setId(id);
        c.setType(type);
        c.setUserLabel(label);
        return c;
    }

    @Test
    void givenReadsByTypeAndOfAllThenTheStoreIsAskedOnceInItsOrder() {
        assertThat(memo.getStoredCredentialsByTypeStream("otp").map(CredentialModel::getId)).containsExactly("c1", "c3");
        assertThat(memo.getStoredCredentialsStream().map(CredentialModel::getId)).containsExactly("c1", "c2", "c3");
        assertThat(memo.getStoredCredentialsByTypeStream("password")).isEmpty();
        assertThat(memo.isConfiguredFor("otp")).isTrue();
        assertThat(calls).containsExactly("getStoredCredentialsStream", "isConfiguredFor");
    }

    @Test
    void givenACallerChangesAModelThenTheNextCallerGetsTheStoredOne() {
        memo.getStoredCredentialsStream().forEach(c -> c.setUserLabel("changed"));
        assertThat(memo.getStoredCredentialsStream().map(CredentialModel::getUserLabel))
                .containsExactly("phone", "key", "tablet");
    }

    @Test
    void givenAWriteOrAValidationThenTheNextReadAsksTheStoreAgain() {
        assertThat(memo.getStoredCredentialsStream()).hasSize(3);
        assertThat(memo.removeStoredCredentialById("c2")).isTrue();
        assertThat(memo.getStoredCredentialsStream().map(CredentialModel::getId)).containsExactly("c1", "c3");
        assertThat(memo.isValid(List.of())).isTrue();
        assertThat(memo.getStoredCredentialsByTypeStream("otp")).hasSize(2);
        assertThat(calls).containsExactly("getStoredCredentialsStream", "removeStoredCredentialById",
                "getStoredCredentialsStream", "isValid", "getStoredCredentialsStream");
    }
}
