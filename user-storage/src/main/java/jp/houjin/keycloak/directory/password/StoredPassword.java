package jp.houjin.keycloak.directory.password;

import java.io.IOException;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.util.JsonSerialization;

/**
 * The stored form of a directory password hashed by one of Keycloak's password-hash providers: the two JSON documents
 * Keycloak keeps in its own {@code credential} table, in one object —
 * {@code {"credentialData":{"hashIterations":5,"algorithm":"argon2","additionalParameters":{…}},"secretData":{"value":…,"salt":…}}}.
 * Algorithm and parameters are readable in SQL, and any provider's parameters survive as they are. Earlier forms of
 * the directory ({@code pbkdf2-sha256$…}, bcrypt {@code $2a$…}) never start with <code>{</code>.
 */
public final class StoredPassword {

    private static final String CREDENTIAL_DATA = "credentialData";
    private static final String SECRET_DATA = "secretData";

    private StoredPassword() {
    }

    /** True when {@code stored} is in this form (it may still fail to parse). */
    public static boolean isKeycloakForm(String stored) {
        return stored != null && stored.startsWith("{");
    }

    public static String format(PasswordCredentialModel credential) {
        try {
            ObjectNode stored = JsonSerialization.mapper.createObjectNode();
            stored.set(CREDENTIAL_DATA, JsonSerialization.mapper.valueToTree(credential.getPasswordCredentialData()));
            stored.set(SECRET_DATA, JsonSerialization.mapper.valueToTree(credential.getPasswordSecretData()));
            return JsonSerialization.mapper.writeValueAsString(stored);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("Could not encode a password credential", e);
        }
    }

    /** The credential, or empty when {@code stored} is not in this form or is damaged. */
    public static Optional<PasswordCredentialModel> parse(String stored) {
        if (!isKeycloakForm(stored)) {
            return Optional.empty();
        }
        try {
            JsonNode node = JsonSerialization.mapper.readTree(stored);
            JsonNode credentialData = node.get(CREDENTIAL_DATA);
            JsonNode secretData = node.get(SECRET_DATA);
            if (credentialData == null || !credentialData.isObject() || secretData == null || !secretData.isObject()) {
                return Optional.empty();
            }
            CredentialModel model = new CredentialModel();
            model.setType(PasswordCredentialModel.TYPE);
            model.setCredentialData(JsonSerialization.mapper.writeValueAsString(credentialData));
            model.setSecretData(JsonSerialization.mapper.writeValueAsString(secretData));
            PasswordCredentialModel credential = PasswordCredentialModel.createFromCredentialModel(model);
            if (credential.getPasswordCredentialData().getAlgorithm() == null
                    || credential.getPasswordSecretData().getValue() == null) {
                return Optional.empty();
            }
            return Optional.of(credential);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
