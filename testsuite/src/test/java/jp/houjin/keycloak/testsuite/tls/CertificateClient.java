package jp.houjin.keycloak.testsuite.tls;

import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import jp.houjin.keycloak.testsuite.oidc.Pkce;
import jp.houjin.keycloak.testsuite.server.KeycloakServer;
import jp.houjin.keycloak.testsuite.server.TestPki;

/**
 * A browser stand-in for the certificate sign-in: an HTTP client that presents a client certificate of the test PKI
 * (or none) to Keycloak's https listener, keeps cookies, follows Keycloak's redirects and submits its forms. It stops
 * at the redirect to the client's redirect URI (nothing listens there) and reports the code.
 */
public final class CertificateClient {

    public static final String CLIENT_ID = "partner-admin-console";
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*\\saction=\"([^\"]+)\"");
    private static final Pattern FEEDBACK = Pattern.compile("class=\"[^\"]*kc-feedback-text[^\"]*\"[^>]*>\\s*([^<]+?)\\s*<",
            Pattern.DOTALL);

    private final String baseUrl;
    private final HttpClient http;
    private final String redirectUri = "https://127.0.0.1:9/callback";
    private final String verifier;

    /** A page Keycloak answered, or the final redirect to the client. */
    public record Page(int status, URI uri, String body, String code) {

        public String message() {
            Matcher m = FEEDBACK.matcher(body);
            return m.find() ? unescape(m.group(1)).strip() : "";
        }

        public String formAction() {
            Matcher m = FORM_ACTION.matcher(body);
            if (!m.find()) {
                throw new IllegalStateException("No form on the page " + uri + ":\n" + body);
            }
            return unescape(m.group(1));
        }

        public boolean signedIn() {
            return code != null;
        }
    }

    /** {@code certificate} null: the client presents none. Talks to Keycloak's own https listener. */
    public CertificateClient(KeycloakServer server, TestPki.Client certificate) {
        this(server, certificate, server.httpsBaseUrl());
    }

    /** Through another front, e.g. a TLS-terminating proxy at {@code baseUrl}. */
    public CertificateClient(KeycloakServer server, TestPki.Client certificate, String baseUrl) {
        this.baseUrl = baseUrl;
        this.verifier = Pkce.verifier();
        try {
            TestPki pki = server.pki();
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            try (InputStream in = Files.newInputStream(pki.caPem())) {
                trust.setCertificateEntry("ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            KeyStore keys = KeyStore.getInstance("PKCS12");
            if (certificate == null) {
                keys.load(null, null);
            } else {
                try (InputStream in = Files.newInputStream(pki.clientKeyStore(certificate))) {
                    keys.load(in, TestPki.PASSWORD.toCharArray());
                }
            }
            kmf.init(keys, TestPki.PASSWORD.toCharArray());
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
            CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
            this.http = HttpClient.newBuilder().sslContext(tls).cookieHandler(cookies)
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String authorizationUrl() {
        return baseUrl + "/realms/" + KeycloakServer.REALM + "/protocol/openid-connect/auth?response_type=code"
                + "&scope=openid&client_id=" + CLIENT_ID + "&redirect_uri=" + enc(redirectUri) + "&state=st" + System.nanoTime()
                + "&code_challenge=" + Pkce.challenge(verifier) + "&code_challenge_method=S256";
    }

    /** Opens the console's sign-in, as a browser does. */
    public Page start() throws IOException {
        return follow(HttpRequest.newBuilder(URI.create(authorizationUrl())).GET());
    }

    /** Submits the page's (first) form with these fields. */
    public Page submit(Page page, Map<String, String> fields) throws IOException {
        String body = fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return follow(HttpRequest.newBuilder(page.uri().resolve(page.formAction()))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private Page follow(HttpRequest.Builder request) throws IOException {
        try {
            HttpRequest sent = request.timeout(Duration.ofSeconds(30)).build();
            for (int hops = 0; hops < 10; hops++) {
                HttpResponse<String> response = http.send(sent, HttpResponse.BodyHandlers.ofString());
                String location = response.headers().firstValue("Location").orElse(null);
                if (response.statusCode() / 100 != 3 || location == null) {
                    return new Page(response.statusCode(), response.uri(), response.body(), null);
                }
                URI next = response.uri().resolve(location);
                if (next.toString().startsWith(redirectUri)) {
                    Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(next.getRawQuery() == null ? "" : "?" + next.getRawQuery());
                    return new Page(response.statusCode(), next, "", code.find() ? code.group(1) : null);
                }
                sent = HttpRequest.newBuilder(next).timeout(Duration.ofSeconds(30)).GET().build();
            }
            throw new IllegalStateException("Too many redirects");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }


    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">");
    }
}
