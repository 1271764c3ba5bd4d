package jp.houjin.keycloak.testsuite.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser-flow sign-in over HTTP, as a browser does it: GET the authorization endpoint (fresh cookies, so no
 * SSO), POST the login form, and expect the redirect back to the client with a code.
 */
final class HttpLogin {

    private static final Pattern ACTION = Pattern.compile("id=\"kc-form-login\"[^>]*?action=\"([^\"]+)\"");
    static final String REDIRECT = "http://127.0.0.1:9/callback";
    // A fixed PKCE pair: the login benchmark never exchanges the code, the staff-list benchmark exchanges it for the
    // admin's token.
    static final String VERIFIER = "houjin-bench-fixed-pkce-verifier-0123456789abcdefghij";
    private static final String CHALLENGE = jp.houjin.keycloak.testsuite.oidc.Pkce.challenge(VERIFIER);

    /** The calling thread's last sign-in: nanoseconds of its GET of the login page and of its POST of the form. */
    static final ThreadLocal<long[]> PHASES = ThreadLocal.withInitial(() -> new long[2]);

    private final String realmUrl;

    HttpLogin(String realmUrl) {
        this.realmUrl = realmUrl;
    }

    /** True when the server redirected to the client with an authorization code. */
    boolean signIn(String clientId, Map<String, String> form) throws IOException, InterruptedException {
        return code(clientId, form) != null;
    }

    /** The authorization code the server redirected to the client with; null when it did not. */
    String code(String clientId, Map<String, String> form) throws IOException, InterruptedException {
        // Cookies by hand: Keycloak marks its session cookies Secure (browsers treat localhost as secure, Java's
        // CookieManager does not), and a fresh jar per sign-in keeps SSO out of the measurement.
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
        String auth = realmUrl + "/protocol/openid-connect/auth?response_type=code&scope=openid&client_id=" + clientId
                + "&redirect_uri=" + enc(REDIRECT) + "&code_challenge=" + CHALLENGE + "&code_challenge_method=S256";
        long started = System.nanoTime();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(auth)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = ACTION.matcher(page.body());
        if (page.statusCode() != 200 || !m.find()) {
            return null;
        }
        String action = m.group(1).replace("&amp;", "&");
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        String cookies = page.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0])
                .collect(Collectors.joining("; "));
        long posted = System.nanoTime();
        PHASES.get()[0] = posted - started;
        HttpResponse<Void> result = http.send(HttpRequest.newBuilder(URI.create(action))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookies)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
        PHASES.get()[1] = System.nanoTime() - posted;
        String location = result.headers().firstValue("Location").orElse("");
        if (result.statusCode() != 302 || !location.startsWith(REDIRECT)) {
            return null;
        }
        Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(location);
        return code.find() ? java.net.URLDecoder.decode(code.group(1), StandardCharsets.UTF_8) : null;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
