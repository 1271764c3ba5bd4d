package jp.houjin.keycloak.testsuite.oidc;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.houjin.keycloak.testsuite.browser.Browser;
import jp.houjin.keycloak.testsuite.server.KeycloakServer;
import org.openqa.selenium.WebDriver;

/**
 * The demo web client (public, PKCE) as a real portal uses it: the browser signs in, the code comes back on the
 * redirect URI (nothing listens there; the URL is enough), and the code is exchanged for tokens.
 */
public final class AuthorizationCodeClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    public static final String CLIENT_ID = "partner-portal-web";

    private final String realmUrl;
    private final String clientId;
    private final String redirectUri;
    private final String verifier;

    public AuthorizationCodeClient(KeycloakServer server) {
        this(server.realmUrl());
    }

    /** Another public client of the realm that allows PKCE and redirects to {@code http://127.0.0.1:*}. */
    public AuthorizationCodeClient(KeycloakServer server, String clientId) {
        this(server.realmUrl(), clientId);
    }

    /** For a server the run did not start itself (the demo script's). */
    public AuthorizationCodeClient(String realmUrl) {
        this(realmUrl, CLIENT_ID);
    }

    private AuthorizationCodeClient(String realmUrl, String clientId) {
        this.realmUrl = realmUrl;
        this.clientId = clientId;
        this.redirectUri = "http://127.0.0.1:" + unusedPort() + "/callback";
        this.verifier = Pkce.verifier();
    }

    public String authorizationUrl() {
        return realmUrl + "/protocol/openid-connect/auth?response_type=code&scope=openid&client_id=" + clientId
                + "&redirect_uri=" + enc(redirectUri) + "&state=st" + System.nanoTime() + "&code_challenge="
                + Pkce.challenge(verifier) + "&code_challenge_method=S256";
    }

    /** Waits for the browser to reach the redirect URI, then exchanges the code. Returns the access token's claims. */
    public JsonNode awaitAccessTokenClaims(WebDriver browser) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(awaitAccessToken(browser).split("\\.")[1]));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits for the browser to reach the redirect URI, then exchanges the code. Returns the access token itself. */
    public String awaitAccessToken(WebDriver browser) {
        return awaitTokens(browser).get("access_token").asText();
    }

    /** Waits for the browser to reach the redirect URI, then exchanges the code. Returns the whole token response. */
    public JsonNode awaitTokens(WebDriver browser) {
        Browser.await(browser, Duration.ofSeconds(30)).until(b -> b.getCurrentUrl().startsWith(redirectUri));
        Map<String, String> query = query(URI.create(browser.getCurrentUrl()).getRawQuery());
        if (!query.containsKey("code")) {
            throw new IllegalStateException("No code in redirect: " + browser.getCurrentUrl());
        }
        HttpResponse<String> response = tokenRequest("grant_type=authorization_code&client_id=" + clientId + "&code="
                + enc(query.get("code")) + "&redirect_uri=" + enc(redirectUri) + "&code_verifier=" + verifier);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Token request refused (" + response.statusCode() + "): " + response.body());
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A refresh-token grant of this client, answered as it is (status and body). */
    public HttpResponse<String> refresh(String refreshToken) {
        return tokenRequest("grant_type=refresh_token&client_id=" + clientId + "&refresh_token=" + enc(refreshToken));
    }

    private HttpResponse<String> tokenRequest(String form) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest
                    .newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }


    private static Map<String, String> query(String raw) {
        Map<String, String> result = new HashMap<>();
        for (String pair : raw == null ? new String[0] : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                result.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return result;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static int unusedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
