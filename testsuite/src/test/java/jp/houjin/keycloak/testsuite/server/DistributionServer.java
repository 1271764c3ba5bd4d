package jp.houjin.keycloak.testsuite.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Starts the official Keycloak distribution (unpacked by Maven under target/) with the freshly built JAR in
 * providers/ and realm-config/ imported, on free ports, logging to target/keycloak-server.log.
 */
public final class DistributionServer implements KeycloakServer {

    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "admin";

    private volatile Process process;
    private final String baseUrl;
    private int httpPort;
    private int managementPort;
    private int httpsPort;
    private Path home;
    private TestPki pki;
    private final Path log;

    private DistributionServer(Process process, String baseUrl, Path log) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.log = log;
    }

    public static DistributionServer start(ServerOptions options) {
        Path home = Path.of(required("keycloak.dist"));
        Path jar = Path.of(required("provider.jar"));
        Path out = Path.of(required("test.output.dir"));
        try {
            Files.createDirectories(out);
            if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
                throw new IllegalStateException("No Keycloak distribution at " + home + " (Maven unpacks it in pre-integration-test)");
            }
            // A fresh server state for every run: Keycloak's own H2 data and the previous import
            // (kept only when a benchmark restarts the server on purpose).
            if (!options.keepState()) {
                deleteTree(home.resolve("data"));
            }
            Path providers = home.resolve("providers");
            Files.createDirectories(providers);
            try (Stream<Path> old = Files.list(providers)) {
                for (Path p : old.filter(p -> p.getFileName().toString().startsWith("houjin-")).toList()) {
                    Files.delete(p);
                }
            }
            Files.copy(jar, providers.resolve("houjin-keycloak.jar"), StandardCopyOption.REPLACE_EXISTING);
            Path imports = home.resolve("data/import");
            Files.createDirectories(imports);
            for (Path realm : options.realmFiles()) {
                Files.copy(realm, imports.resolve(realm.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }

            if (!options.keepState()) {
                options.resetDirectory(out);
            }
            return launch(home, out, options, freePort(), freePort(), freePort(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stops the server and starts it again on the same ports and the same data (Keycloak's database, the directory),
     * as an operator's restart does. Tests that need it run it; the shared server keeps its URL.
     */
    @Override
    public String httpsBaseUrl() {
        return "https://localhost:" + httpsPort;
    }

    @Override
    public TestPki pki() {
        return pki;
    }

    @Override
    public synchronized void restart() {
        close();
        try {
            launch(Path.of(required("keycloak.dist")), Path.of(required("test.output.dir")), new ServerOptions(true),
                    httpPort, managementPort, httpsPort, this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DistributionServer launch(Path home, Path out, ServerOptions options, int httpPort, int managementPort,
            int httpsPort, DistributionServer existing) throws IOException {
        {
            List<String> command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-port=" + httpPort, "--http-management-port=" + managementPort, "--import-realm",
                    "--cache=local", "--log-level=INFO"));
            command.addAll(options.serverArguments(out));
            // The certificate sign-in (seed 003): an https listener that requests client certificates of the test CA.
            TestPki pki = TestPki.at(out.resolve("pki")).createIfMissing(home.resolve("conf"));
            command.addAll(pki.serverArguments(httpsPort));

            Path log = out.resolve("keycloak-server.log");
            if (existing == null) {
                Files.deleteIfExists(log); // a restart appends to the same log
            }
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).directory(home.toFile());
            Path jdk = Jdks.newest();
            builder.environment().put("JAVA_HOME", jdk.toString());
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
            builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms256m -Xmx1g");
            Files.writeString(out.resolve("keycloak-server.command"), "JAVA_HOME=" + jdk + " " + String.join(" ", command) + "\n");
            Instant started = Instant.now();
            Process process = builder.start();
            DistributionServer server = existing;
            if (server == null) {
                server = new DistributionServer(process, "http://localhost:" + httpPort, log);
                Runtime.getRuntime().addShutdownHook(new Thread(server::close, "keycloak-server-stop"));
            } else {
                server.process = process;
            }
            server.httpPort = httpPort;
            server.managementPort = managementPort;
            server.httpsPort = httpsPort;
            server.home = home;
            server.pki = pki;
            server.awaitReady(started);
            return server;
        }
    }

    private void awaitReady(Instant started) {
        ServerProcess.awaitRealm(process, realmUrl(), log);
        System.out.printf("Keycloak ready at %s after %d s (log %s)%n", baseUrl,
                Duration.between(started, Instant.now()).toSeconds(), log);
    }

    @Override
    public String baseUrl() {
        return baseUrl;
    }



    @Override
    public Optional<Path> logFile() {
        return Optional.of(log);
    }

    @Override
    public String transactionLogState() {
        return fileTimes(home.resolve("data/transaction-logs"));
    }

    /** Every file and folder under {@code root} with its modification time, one per line ("" when it is absent). */
    static String fileTimes(Path root) {
        if (!Files.exists(root)) {
            return "";
        }
        try (Stream<Path> all = Files.walk(root)) {
            return all.sorted().map(p -> {
                try {
                    return root.relativize(p) + " " + Files.getLastModifiedTime(p).toInstant();
                } catch (IOException e) {
                    return root.relativize(p) + " gone";
                }
            }).collect(java.util.stream.Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        ServerProcess.stop(process);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set; run the tests through Maven (mvn verify)");
        }
        return value;
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
