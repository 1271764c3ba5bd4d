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
 * <p>
 * Headless Chromium cannot present a client certificate (it has no certificate picker and no policy store here), so
 * for browser tests the proxy can stand in for the browser's certificate: {@link #presenting} forwards one fixed
 * certificate with every request, exactly what a front that checked that certificate would forward.
 */
public final class CertificateProxy implements AutoCloseable {

    private static final String PROXY_ADDRESS = "127.0.0.2";
    private static final List<String> HOP_BY_HOP = List.of("connection", "transfer-encoding", "content-length", "keep-alive",
            "host");

    private final HttpsServer server;
    private final URI target;
    private final X509Certificate standIn;
    private final java.util.concurrent.ExecutorService workers = java.util.concurrent.Executors.newFixedThreadPool(8);

    public CertificateProxy(TestPki pki, URI keycloakHttp) throws IOException, GeneralSecurityException {
        this(pki, keycloakHttp, null);
    }

    /** A proxy that forwards {@code client}'s certificate whatever the browser presents (see the class comment). */
    public static CertificateProxy presenting(TestPki pki, URI keycloakHttp, TestPki.Client client)
            throws IOException, GeneralSecurityException {
        return new CertificateProxy(pki, keycloakHttp, pki.certificate(client));
    }

    private CertificateProxy(TestPki pki, URI keycloakHttp, X509Certificate standIn) throws IOException, GeneralSecurityException {
        this.target = keycloakHttp;
        this.standIn = standIn;
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
                parameters.setWantClientAuth(standIn == null);
                params.setSSLParameters(parameters);
            }
        });
        server.createContext("/", this::forward);
        // A browser fetches a page's styles and scripts in parallel.
        server.setExecutor(workers);
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
            Certificate[] peer = standIn != null ? new Certificate[] { standIn } : peerCertificates((HttpsExchange) exchange);
            if (peer.length > 0) {
                request.append("Client-Cert: :").append(Base64.getEncoder().encodeToString(((X509Certificate) peer[0]).getEncoded()))
                        .append(":\r\n");
            }
            request.append("Content-Length: ").append(body.length).append("\r\n\r\n");


            try (Socket socket = new Socket(target.getHost(), target.getPort(), InetAddress.getByName(PROXY_ADDRESS), 0)) {
                socket.setSoTimeout(30_000);
                OutputStream out = socket.getOutputStream();
                out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
                out.write(body);
                out.flush();
                relay(exchange, exchange.getRequestMethod(), socket.getInputStream());
            }
        }
    }

    private static Certificate[] peerCertificates(HttpsExchange exchange) {
        try {
            return exchange.getSSLSession().getPeerCertificates();
        } catch (javax.net.ssl.SSLPeerUnverifiedException e) {
            return new Certificate[0];
        }
    }

    /**
     * Copies Keycloak's answer to the browser. The answer ends where its Content-Length says (a server may keep an
     * HTTP/1.0 connection open when it sends one), at the last chunk, or when the connection closes.
     */
    private static void relay(HttpExchange exchange, String method, InputStream in) throws IOException {
        String[] head = readHead(in).split("\r\n");
        int status = Integer.parseInt(head[0].split(" ")[1]);
        long length = -1;
        boolean chunked = false;
        for (int i = 1; i < head.length; i++) {
            int colon = head[i].indexOf(':');
            String name = head[i].substring(0, colon).strip();
            String value = head[i].substring(colon + 1).strip();
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("content-length")) {
                length = Long.parseLong(value);
            } else if (lower.equals("transfer-encoding")) {
                chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
            }
            if (!HOP_BY_HOP.contains(lower)) {
                exchange.getResponseHeaders().add(name, value);
            }
        }
        byte[] body;
        if (method.equals("HEAD") || status == 204 || status == 304 || status < 200) {
            body = new byte[0];
        } else if (chunked) {
            body = readChunks(in);
        } else if (length >= 0) {
            body = in.readNBytes((int) length);
        } else {
            body = in.readAllBytes();
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = { '\r', '\n', '\r', '\n' };
        while (matched < end.length) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("Keycloak closed the connection before the end of the headers");
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.ISO_8859_1).strip();
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    private static byte[] readChunks(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String size = readLine(in).split(";")[0].strip();
            int n = Integer.parseInt(size, 16);
            if (n == 0) {
                while (!readLine(in).isEmpty()) {
                    // trailers
                }
                return body.toByteArray();
            }
            body.write(in.readNBytes(n));
            readLine(in);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
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
