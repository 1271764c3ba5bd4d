package jp.houjin.keycloak.certificate;

import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.authenticators.x509.X509ClientCertificateAuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;

/**
 * Keycloak's X.509 client-certificate authenticator factory with its configuration unchanged (user mapping, CRL
 * file, OCSP, validity, trust…), creating {@link ClientCertificateAuthenticator}.
 */
public final class ClientCertificateAuthenticatorFactory extends X509ClientCertificateAuthenticatorFactory {

    public static final String ID = "houjin-client-certificate";
    private static final ClientCertificateAuthenticator SINGLETON = new ClientCertificateAuthenticator();

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayType() {
        return "Client certificate (ログイン用電子証明書)";
    }

    @Override
    public String getHelpText() {
        return "Keycloak's X.509 client-certificate validation and user mapping, with a page of its own for a missing, "
                + "expired, untrusted, revoked or unusable certificate. Put the アクセスキー form after it.";
    }

    @Override
    public AuthenticationExecutionModel.Requirement[] getRequirementChoices() {
        return new AuthenticationExecutionModel.Requirement[] {AuthenticationExecutionModel.Requirement.REQUIRED,
                AuthenticationExecutionModel.Requirement.DISABLED};
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return SINGLETON;
    }
}
