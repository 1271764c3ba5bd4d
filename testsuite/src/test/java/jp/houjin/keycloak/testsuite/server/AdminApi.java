package jp.houjin.keycloak.testsuite.server;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The Keycloak admin REST API as the bootstrap admin sees it; JSON in and out. */
public final class AdminApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KeycloakServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String token;
    private Instant tokenExpiry = Instant.MIN;

    public AdminApi(KeycloakServer server) {
        this.server = server;
    }

    public record Response(int status, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("Not JSON (" + status + "): " + body, e);
            }
        }
    }

    /**
     * Creates an individual (local) account of the partner-portal realm — email {@code <name>@example.com}, verified,
     * the password permanent — and returns its id.
     */
    public String createIndividual(String name, String lastName, String password) {
        Response created = send("POST", "/realms/" + KeycloakServer.REALM + "/users", java.util.Map.of("username", name,
                "email", name + "@example.com", "firstName", "個人", "lastName", lastName, "enabled", true,
                "emailVerified", true, "credentials", java.util.List.of(java.util.Map.of("type", "password", "value",
                        password, "temporary", false))));
        if (created.status() != 201) {
            throw new IllegalStateException("Could not create " + name + " (" + created.status() + "): " + created.body());
        }
        return get("/realms/" + KeycloakServer.REALM + "/users?exact=true&username=" + name).get(0).get("id").asText();
    }

    /** The master realm admin's access token itself (a token of another realm, for the realm API's refusals). */
    public String masterRealmToken() {
        try {
            return token();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public JsonNode get(String path) {
        Response r = send("GET", path, null);
        if (r.status() / 100 != 2) {
            throw new IllegalStateException("GET " + path + " answered " + r.status() + ": " + r.body());
        }
        return r.json();
    }

    public Response send(String method, String path, Object body) {
        Response first = sendOnce(method, path, body);
        if (first.status() != 401) {
            return first;
        }
        // The token may belong to a session that a server restart ended: take a new one once.
        synchronized (this) {
            token = null;
        }
        return sendOnce(method, path, body);
    }

    private Response sendOnce(String method, String path, Object body) {
        try {
            String payload = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/admin" + path))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token())
                    .header("Accept", "application/json")
                    .method(method, payload == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8));
            if (payload != null) {
                request.header("Content-Type", "application/json");
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private synchronized String token() throws IOException, InterruptedException {
        if (token != null && Instant.now().isBefore(tokenExpiry)) {
            return token;
        }
        String form = "grant_type=password&client_id=admin-cli&username=" + enc(server.adminUsername()) + "&password="
                + enc(server.adminPassword());
        HttpResponse<String> response = http.send(HttpRequest
                .newBuilder(URI.create(server.baseUrl() + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Admin token refused (" + response.statusCode() + "): " + response.body());
        }
        JsonNode json = JSON.readTree(response.body());
        token = json.get("access_token").asText();
        tokenExpiry = Instant.now().plusSeconds(json.get("expires_in").asLong() - 10);
        return token;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
