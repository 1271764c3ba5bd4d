package jp.houjin.keycloak.testsuite.tls;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import jp.houjin.keycloak.testsuite.server.TestPki;

/**
 * A TLS-terminating reverse proxy as companies put in front of Keycloak: it listens on 127.0.0.2 (the test server's
 * trusted proxy address), takes any client certificate (as a front that leaves the checking to Keycloak does), and
 * forwards each request over plain HTTP with {@code X-Forwarded-*} and the RFC 9440 {@code Client-Cert} header.
 */
public final class CertificateProxy implements AutoCloseable {

    private static final String PROXY_ADDRESS = "127.0.0.2";
    private static final List<String> HOP_BY_HOP = List.of("connection", "transfer-encoding", "content-length", "keep-alive",
            "host");

    private final HttpsServer server;
    private final URI target;

    public CertificateProxy(TestPki pki, URI keycloakHttp) throws IOException, GeneralSecurityException {
        this.target = keycloakHttp;
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(pki.serverKeyStore())) {
            keys.load(in, TestPki.PASSWORD.toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, TestPki.PASSWORD.toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), new TrustManager[] { new AnyClientCertificate() }, null);
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getByName(PROXY_ADDRESS), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls) {
            @Override
            public void configure(HttpsParameters params) {
                SSLParameters parameters = tls.getDefaultSSLParameters();
                parameters.setWantClientAuth(true);
                params.setSSLParameters(parameters);
            }
        });
        server.createContext("/", this::forward);
        server.start();
    }

    public String baseUrl() {
        return "https://" + PROXY_ADDRESS + ":" + server.getAddress().getPort();
    }

    private void forward(HttpExchange exchange) throws IOException {
        try {
            forwardOrFail(exchange);
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IOException(e);
        } finally {
            exchange.close();
        }
    }

    private void forwardOrFail(HttpExchange exchange) throws IOException, java.security.cert.CertificateEncodingException {
        {
            byte[] body = exchange.getRequestBody().readAllBytes();
            StringBuilder request = new StringBuilder();
            request.append(exchange.getRequestMethod()).append(' ').append(exchange.getRequestURI().getRawPath());
            if (exchange.getRequestURI().getRawQuery() != null) {
                request.append('?').append(exchange.getRequestURI().getRawQuery());
            }
            // HTTP/1.0: the answer ends when the connection closes (no chunked encoding to undo).
            request.append(" HTTP/1.0\r\nHost: ").append(target.getHost()).append(':').append(target.getPort()).append("\r\n");
            for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
                String name = header.getKey().toLowerCase(Locale.ROOT);
                if (HOP_BY_HOP.contains(name) || name.startsWith("x-forwarded-") || name.startsWith("client-cert")) {
                    continue;
                }
                for (String value : header.getValue()) {
                    request.append(header.getKey()).append(": ").append(value).append("\r\n");
                }
            }
            request.append("X-Forwarded-For: ").append(exchange.getRemoteAddress().getAddress().getHostAddress()).append("\r\n");
            request.append("X-Forwarded-Proto: https\r\nX-Forwarded-Host: ").append(PROXY_ADDRESS).append("\r\n");
            request.append("X-Forwarded-Port: ").append(server.getAddress().getPort()).append("\r\n");
            Certificate[] peer = peerCertificates((HttpsExchange) exchange);
            if (peer.length > 0) {
                request.append("Client-Cert: :").append(Base64.getEncoder().encodeToString(((X509Certificate) peer[0]).getEncoded()))
                        .append(":\r\n");
            }
            request.append("Content-Length: ").append(body.length).append("\r\n\r\n");


            byte[] response;
            try (Socket socket = new Socket(target.getHost(), target.getPort(), InetAddress.getByName(PROXY_ADDRESS), 0)) {
                OutputStream out = socket.getOutputStream();
                out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
                out.write(body);
                out.flush();
                response = socket.getInputStream().readAllBytes();
            }
            relay(exchange, response);
        }
    }

    private static Certificate[] peerCertificates(HttpsExchange exchange) {
        try {
            return exchange.getSSLSession().getPeerCertificates();
        } catch (javax.net.ssl.SSLPeerUnverifiedException e) {
            return new Certificate[0];
        }
    }

    private static void relay(HttpExchange exchange, byte[] response) throws IOException {
        int end = indexOf(response, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        String[] head = new String(response, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(head[0].split(" ")[1]);
        for (int i = 1; i < head.length; i++) {
            int colon = head[i].indexOf(':');
            String name = head[i].substring(0, colon).strip();
            if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
                exchange.getResponseHeaders().add(name, head[i].substring(colon + 1).strip());
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(response, end + 4, response.length - end - 4);
        exchange.sendResponseHeaders(status, body.size() == 0 ? -1 : body.size());
        if (body.size() > 0) {
            exchange.getResponseBody().write(body.toByteArray());
        }
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("No end of headers in the answer");
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** The front accepts whatever the browser presents; Keycloak's sign-in does the checking. */
    private static final class AnyClientCertificate implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
            throw new UnsupportedOperationException("server side only");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
