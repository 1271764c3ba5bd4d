package jp.houjin.keycloak.testsuite.server;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import dasniko.testcontainers.keycloak.KeycloakContainer;
import org.testcontainers.utility.MountableFile;

/**
 * Second backend, for machines with a Docker engine ({@code -Dkeycloak.backend=testcontainers}): the official
 * image of the same Keycloak version with the same JAR and realm files.
 */
final class ContainerServer implements KeycloakServer {

    private final KeycloakContainer container;

    private ContainerServer(KeycloakContainer container) {
        this.container = container;
    }

    @SuppressWarnings("resource")
    static ContainerServer start(ServerOptions options) {
        String version = DistributionServer.required("keycloak.version");
        KeycloakContainer container = new KeycloakContainer("quay.io/keycloak/keycloak:" + version)
                .withProviderLibsFrom(List.of(new File(DistributionServer.required("provider.jar"))));
        for (Path realm : options.realmFiles()) {
            container = container.withCopyFileToContainer(MountableFile.forHostPath(realm),
                    "/opt/keycloak/data/import/" + realm.getFileName());
        }
        List<String> args = new java.util.ArrayList<>(List.of("start-dev", "--import-realm"));
        args.addAll(options.serverArguments(Path.of("/opt/keycloak/data")));
        container = container.withCustomCommand(String.join(" ", args.subList(1, args.size())));
        container.start();
        return new ContainerServer(container);
    }

    @Override
    public String baseUrl() {
        String url = container.getAuthServerUrl();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @Override
    public String httpsBaseUrl() {
        throw new UnsupportedOperationException("The container backend has no https listener with client-certificate "
                + "authentication configured; the certificate sign-in is tested on the distribution backend");
    }

    @Override
    public TestPki pki() {
        throw new UnsupportedOperationException("The container backend has no test PKI; see httpsBaseUrl()");
    }

    @Override
    public String adminUsername() {
        return container.getAdminUsername();
    }

    @Override
    public String adminPassword() {
        return container.getAdminPassword();
    }

    @Override
    public Optional<Path> logFile() {
        return Optional.empty();
    }

    @Override
    public String transactionLogState() {
        try {
            return container.execInContainer("sh", "-c", "find /opt/keycloak/data/transaction-logs -printf '%P %T@\\n' "
                    + "2>/dev/null | sort").getStdout().strip();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String logTail(int lines) {
        String[] all = container.getLogs().split("\n");
        return String.join("\n", java.util.Arrays.copyOfRange(all, Math.max(0, all.length - lines), all.length));
    }

    /**
     * Not offered by this backend: Testcontainers removes a stopped container and its H2 data with it, so a restart
     * would not keep the data the restart tests are about. Those tests say so and fail here.
     */
    @Override
    public void restart() {
        throw new UnsupportedOperationException("The Testcontainers backend cannot restart Keycloak on the same data; "
                + "run the restart tests with the distribution backend");
    }

    @Override
    public void close() {
        container.stop();
    }
}
