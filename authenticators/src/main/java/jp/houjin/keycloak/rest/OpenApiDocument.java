package jp.houjin.keycloak.rest;

import java.io.IOException;
import java.io.InputStream;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /realms/{realm}/houjin/openapi.json}: the corporate API described in OpenAPI 3.1, a hand-written file shipped
 * in the JAR ({@value #RESOURCE}); {@code OpenApiDocumentTest} holds it to the resources' JAX-RS annotations.
 */
final class OpenApiDocument {

    static final String PATH = "openapi.json";
    static final String RESOURCE = "/jp/houjin/keycloak/rest/openapi.json";

    private OpenApiDocument() {
    }

    static Response response() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return JsonError.of(Response.Status.NOT_FOUND, "not_found");
            }
            return Response.ok(in.readAllBytes(), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .header("Cache-Control", "no-cache").build();
        } catch (IOException e) {
            throw new IllegalStateException("openapi.json unreadable", e);
        }
    }
}
