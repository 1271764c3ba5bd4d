package jp.houjin.keycloak.certificate;

import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;

import org.keycloak.http.HttpRequest;
import org.keycloak.services.x509.Rfc9440ClientCertificateLookup;
import org.keycloak.services.x509.X509ClientCertificateLookup;

/**
 * Client certificates from Keycloak's own https listener and, for requests from a trusted reverse proxy
 * ({@code --proxy-headers} with {@code --proxy-trusted-addresses}), from the proxy's RFC 9440 {@code Client-Cert} /
 * {@code Client-Cert-Chain} headers. Keycloak's built-in lookups do one or the other; a portal often has both (the
 * console behind the company's TLS front, staff tools straight to Keycloak). A header from any other peer is ignored.
 * Behind a proxy, certificates Keycloak's listener would refuse in the handshake (expired, another CA) reach the
 * sign-in and get its pages.
 */
final class ListenerOrProxyCertificateLookup implements X509ClientCertificateLookup {

    private final Rfc9440ClientCertificateLookup proxy;
    private final String header;

    ListenerOrProxyCertificateLookup(String header, String chainHeader, int chainLength) {
        this.header = header;
        this.proxy = new Rfc9440ClientCertificateLookup(header, chainHeader, chainLength);
    }

    @Override
    public X509Certificate[] getCertificateChain(HttpRequest request) throws GeneralSecurityException {
        X509Certificate[] direct = request.getClientCertificateChain();
        if (direct != null && direct.length > 0) {
            return direct;
        }
        if (!request.isProxyTrusted() || request.getHttpHeaders().getHeaderString(header) == null) {
            return null;
        }
        return proxy.getCertificateChain(request);
    }

    @Override
    public void close() {
    }
}
