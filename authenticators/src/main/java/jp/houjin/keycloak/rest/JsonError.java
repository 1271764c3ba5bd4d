package jp.houjin.keycloak.rest;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The one error shape of every resource here, realm and admin: {@code {"error": code}} with the status, plus named
 * details where a caller needs them ({@code detail}, {@code invalid}).
 */
public final class JsonError {

    private JsonError() {
    }

    public static Response of(Response.Status status, String code) {
        return of(status, code, Map.of());
    }

    public static Response of(Response.Status status, String code, Map<String, ?> details) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", code);
        body.putAll(details);
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body).build();
    }
}
