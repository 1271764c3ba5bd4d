package jp.houjin.keycloak.testsuite.oidc;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.houjin.keycloak.testsuite.server.ClusterNodes;
import jp.houjin.keycloak.testsuite.server.KeycloakServer;

/**
 * A browser over plain HTTP in front of a cluster, as behind a load balancer: one cookie jar, and each request sent to
 * the node the test names. The realm's own pages and forms (GET the authorization endpoint, POST the form it shows),
 * with the demo web client (PKCE).
 */
public final class ClusterBrowser {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*?id=\"([a-z-]+)\"[^>]*?action=\"([^\"]+)\"");
    private static final String REDIRECT = "http://127.0.0.1:9/callback";

    private final ClusterNodes cluster;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final String verifier = Pkce.verifier();

    public ClusterBrowser(ClusterNodes cluster) {
        this.cluster = cluster;
    }

    public record Answer(int status, String location, String body) {
        /** The authorization code of a redirect back to the client, or null. */
        public String code() {
            if (location == null || !location.startsWith(REDIRECT)) {
                return null;
            }
            Matcher m = Pattern.compile("[?&]code=([^&]+)").matcher(location);
            return m.find() ? URLDecoder.decode(m.group(1), StandardCharsets.UTF_8) : null;
        }

        /** The value of the page's hidden field with this name, or null. */
        public String hidden(String name) {
            Matcher m = Pattern.compile("name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\"").matcher(body);
            return m.find() ? m.group(1) : null;
        }

        /** The action of the page's form with this id (e.g. kc-form-login), or null. */
        public String formAction(String formId) {
            Matcher m = FORM_ACTION.matcher(body);
            while (m.find()) {
                if (m.group(1).equals(formId)) {
                    return m.group(2).replace("&amp;", "&");
                }
            }
            return null;
        }
    }

    /** The client's authorization request on one node: the login page, or straight back with a code (SSO). */
    public Answer authorize(KeycloakServer node) {
        return get(node, cluster.frontUrl() + "/realms/" + KeycloakServer.REALM + "/protocol/openid-connect/auth"
                + "?response_type=code&scope=openid&client_id=" + AuthorizationCodeClient.CLIENT_ID + "&redirect_uri="
                + enc(REDIRECT) + "&code_challenge=" + Pkce.challenge(verifier) + "&code_challenge_method=S256");
    }

    /** Opens the login page on {@code pageNode} and submits the corporate tab on {@code submitNode}. */
    public Answer signIn(KeycloakServer pageNode, KeycloakServer submitNode, String corporateId, String login, String password) {
        Answer page = authorize(pageNode);
        String action = page.formAction("kc-form-login");
        if (action == null) {
            return page;
        }
        return post(submitNode, action, Map.of("tab", "corporate", "corporateId", corporateId, "loginId", login,
                "password", password));
    }

    /** The individual tab (a local account: email + password) on one node. */
    public Answer signInIndividual(KeycloakServer node, String email, String password) {
        String action = authorize(node).formAction("kc-form-login");
        return post(node, action, Map.of("tab", "individual", "email", email, "password", password));
    }

    public Answer signIn(KeycloakServer node, String corporateId, String login, String password) {
        return signIn(node, node, corporateId, login, password);
    }

    /** Exchanges a code on one node; the token response's JSON. */
    public JsonNode tokens(KeycloakServer node, String code) {
        Answer answer = post(node, cluster.frontUrl() + "/realms/" + KeycloakServer.REALM + "/protocol/openid-connect/token",
                Map.of("grant_type", "authorization_code", "code", code, "client_id", AuthorizationCodeClient.CLIENT_ID,
                        "redirect_uri", REDIRECT, "code_verifier", verifier));
        try {
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new IllegalStateException("Token response is not JSON (" + answer.status() + "): " + answer.body(), e);
        }
    }

    /** A realm REST call with a bearer token on one node (no cookies); the answer's status. */
    public int callApi(KeycloakServer node, String path, String accessToken) {
        return callApi(node, "GET", path, accessToken, null);
    }

    /** The same with a method and a JSON body (null for none). */
    public int callApi(KeycloakServer node, String method, String path, String accessToken, String json) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.baseUrl() + path))
                    .header("Authorization", "Bearer " + accessToken).timeout(Duration.ofSeconds(60))
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
            if (json != null) {
                request.header("Content-Type", "application/json");
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new IllegalStateException("Request to " + node.baseUrl() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Answer get(KeycloakServer node, String url) {
        return send(node, HttpRequest.newBuilder(target(node, url)).GET());
    }

    public Answer post(KeycloakServer node, String url, Map<String, String> form) {
        String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(node, HttpRequest.newBuilder(target(node, url))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private URI target(KeycloakServer node, String url) {
        return URI.create(url.startsWith("/") ? node.baseUrl() + url
                : cluster.onNode(url, (ClusterNodes.Node) node));
    }

    private Answer send(KeycloakServer node, HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            // By hand: Keycloak marks its cookies Secure, which Java's CookieManager keeps from plain http.
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            for (String header : response.headers().allValues("Set-Cookie")) {
                String[] pair = header.split(";", 2)[0].split("=", 2);
                boolean expired = header.toLowerCase().contains("max-age=0") || pair.length < 2 || pair[1].isEmpty();
                if (expired) {
                    cookies.remove(pair[0]);
                } else {
                    cookies.put(pair[0], pair[1]);
                }
            }
            return new Answer(response.statusCode(), response.headers().firstValue("Location").orElse(null),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException("Request to " + node.baseUrl() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
