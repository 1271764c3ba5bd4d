package jp.houjin.keycloak.certificate;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.services.x509.X509ClientCertificateLookup;
import org.keycloak.services.x509.X509ClientCertificateLookupFactory;

/**
 * {@code --spi-x509cert-lookup--provider=houjin}: see {@link ListenerOrProxyCertificateLookup}. Options
 * {@code --spi-x509cert-lookup--houjin--ssl-client-cert} (default {@code Client-Cert}),
 * {@code --spi-x509cert-lookup--houjin--ssl-cert-chain} ({@code Client-Cert-Chain}) and
 * {@code --spi-x509cert-lookup--houjin--certificate-chain-length} (1).
 */
public final class ListenerOrProxyCertificateLookupFactory implements X509ClientCertificateLookupFactory {

    public static final String ID = "houjin";

    private String header = "Client-Cert";
    private String chainHeader = "Client-Cert-Chain";
    private int chainLength = 1;

    @Override
    public X509ClientCertificateLookup create(KeycloakSession session) {
        return new ListenerOrProxyCertificateLookup(header, chainHeader, chainLength);
    }

    @Override
    public void init(Config.Scope config) {
        header = config.get("sslClientCert", header);
        chainHeader = config.get("sslCertChain", chainHeader);
        chainLength = config.getInt("certificateChainLength", chainLength);
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return ID;
    }
}
