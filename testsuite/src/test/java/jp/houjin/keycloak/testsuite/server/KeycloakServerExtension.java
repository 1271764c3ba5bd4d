package jp.houjin.keycloak.testsuite.server;

import java.util.Optional;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Starts the server once per test run (kept in the root store, closed when the run ends), hands it and an
 * {@link AdminApi} to tests, and prints the end of the server log when a test fails.
 */
public final class KeycloakServerExtension implements ParameterResolver, TestWatcher {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(KeycloakServerExtension.class);

    /** The outcome of the one start attempt of this run: a server that failed to start is not tried again per test. */
    private record Started(KeycloakServer server, RuntimeException failure) implements AutoCloseable {
        @Override
        public void close() {
            if (server != null) {
                server.close();
            }
        }
    }

    public static KeycloakServer server(ExtensionContext context) {
        Started started = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Started.class, key -> {
            try {
                return new Started(startServer(), null);
            } catch (RuntimeException e) {
                return new Started(null, e);
            }
        }, Started.class);
        if (started.failure() != null) {
            throw new IllegalStateException("Keycloak did not start for this test run", started.failure());
        }
        return started.server();
    }

    /** The run's admin API client (one per run, like the server). */
    public static AdminApi adminApi(ExtensionContext context) {
        KeycloakServer server = server(context);
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(AdminApi.class, k -> new AdminApi(server),
                AdminApi.class);
    }

    private static KeycloakServer startServer() {
        ServerOptions options = new ServerOptions();
        String backend = System.getProperty("keycloak.backend", "distribution");
        return switch (backend) {
            case "distribution" -> DistributionServer.start(options);
            case "testcontainers" -> ContainerServer.start(options);
            default -> throw new IllegalStateException("Unknown keycloak.backend '" + backend
                    + "': use distribution or testcontainers");
        };
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        Class<?> type = parameter.getParameter().getType();
        return type == KeycloakServer.class || type == AdminApi.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        KeycloakServer server = server(extension);
        Class<?> type = parameter.getParameter().getType();
        if (type == KeycloakServer.class) {
            return server;
        }
        if (type == AdminApi.class) {
            return adminApi(extension);
        }
        throw new ParameterResolutionException("Cannot resolve " + type);
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Optional<KeycloakServer> server = Optional.ofNullable(
                context.getRoot().getStore(NAMESPACE).get(Started.class, Started.class)).map(Started::server);
        server.ifPresent(s -> System.out.printf("%n===== Keycloak log (last 60 lines) after failure of %s =====%n%s%n=====%n",
                context.getDisplayName(), s.logTail(60)));
    }
}
