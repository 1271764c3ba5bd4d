package jp.houjin.keycloak.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document the JAR serves against the JAX-RS resources themselves: every documented operation of the
 * corporate API and of the operators' admin API exists, and no operation under {@code /corporation} (realm) or
 * {@code /houjin-corporations} (admin, served under {@code /admin/realms/{realm}}) is left out.
 */
class OpenApiDocumentTest {

    private static final String DOCUMENTED_PREFIX = "/corporation/";
    private static final String ADMIN_ROOT = "/" + jp.houjin.keycloak.rest.admin.CorporationsAdminResourceProviderFactory.ID;

    @Test
    void givenTheDocumentThenItsOperationsAreExactlyTheCorporateApisOperations() throws Exception {
        Set<String> implemented = new TreeSet<>();
        collect(HoujinRealmResource.class, "", implemented);
        implemented.removeIf(operation -> !operation.split(" ")[1].startsWith(DOCUMENTED_PREFIX));
        collect(jp.houjin.keycloak.rest.admin.CorporationsAdminResource.class, ADMIN_ROOT, implemented);

        assertThat(implemented).isNotEmpty();
        assertThat(documented()).isEqualTo(implemented);
    }

    @Test
    void givenTheOperatorsPathsThenEachIsServedUnderTheAdminRoot() throws Exception {
        Iterator<Map.Entry<String, JsonNode>> paths = document().path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            String server = path.getValue().path("servers").path(0).path("url").asText("");
            assertThat(server).as(path.getKey())
                    .isEqualTo(path.getKey().startsWith(ADMIN_ROOT) ? "/admin/realms/{realm}" : "");
        }
    }

    @Test
    void givenTheDocumentThenEveryReferenceResolves() throws Exception {
        JsonNode document = document();
        Set<String> references = new TreeSet<>();
        document.findValues("$ref").forEach(ref -> references.add(ref.asText()));
        for (String ref : references) {
            assertThat(document.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
        }
    }

    private static Set<String> documented() throws Exception {
        Set<String> operations = new TreeSet<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document().path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(method -> {
                if (!"parameters".equals(method) && !"servers".equals(method)) {
                    operations.add(method.toUpperCase(Locale.ROOT) + " " + normalize(path.getKey()));
                }
            });
        }
        return operations;
    }

    private static JsonNode document() throws Exception {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(OpenApiDocument.RESOURCE)) {
            assertThat(in).as(OpenApiDocument.RESOURCE).isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }

    /** Walks resource methods and sub-resource locators, as JAX-RS does. */
    private static void collect(Class<?> resource, String base, Set<String> operations) {
        collect(resource, base, operations, new java.util.HashSet<>());
    }

    /**
     * {@code walking}: the resources on the way here. A locator may lead back to a resource already on the way (the
     * console's pages of one corporation are its staff pages again), which documents nothing new.
     */
    private static void collect(Class<?> resource, String base, Set<String> operations, Set<Class<?>> walking) {
        if (!walking.add(resource)) {
            return;
        }
        for (Method method : resource.getMethods()) {
            Path path = method.getAnnotation(Path.class);
            String full = normalize(base + (path == null ? "" : "/" + path.value()));
            String http = httpMethod(method);
            if (http != null) {
                operations.add(http + " " + full);
            } else if (path != null) {
                collect(method.getReturnType(), full, operations, walking);
            }
        }
        walking.remove(resource);
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    /** Slashes collapsed, template names dropped: {@code /corporation/users/{}}. */
    private static String normalize(String path) {
        String collapsed = ("/" + path).replaceAll("/+", "/").replaceAll("\\{[^}]*}", "{}");
        return collapsed.length() > 1 && collapsed.endsWith("/") ? collapsed.substring(0, collapsed.length() - 1) : collapsed;
    }
}
