package jp.houjin.keycloak.testsuite.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Two Keycloak nodes of one cluster on this machine, as production runs them behind a load balancer: the official
 * distribution (its own copy under the run's output folder) with the JAR, {@code kc.sh build --cache=ispn} (peers found
 * through Keycloak's database, {@code jdbc-ping}), Keycloak's database and the directory both on the local PostgreSQL
 * (schemas of their own, fresh per run), the transport bound to loopback. Both nodes name one front URL
 * ({@code --hostname}): tokens, cookies and links are the same whichever node answers, and a test picks the node of each
 * request by sending it there ({@link #onNode}).
 */
public final class ClusterNodes implements AutoCloseable {

    public static final String KEYCLOAK_SCHEMA = "houjin_cluster_kc";
    public static final String DIRECTORY_SCHEMA = "houjin_cluster_dir";
    private static final String DIRECTORY_URL = "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + DIRECTORY_SCHEMA;

    private final Path home;
    private final Path out;
    private final String front;
    private final List<Node> nodes = new ArrayList<>();

    private ClusterNodes(Path home, Path out, String front) {
        this.home = home;
        this.out = out;
        this.front = front;
    }

    /** Builds the cluster's distribution and starts {@code count} nodes, one after the other. */
    public static ClusterNodes start(int count) {
        Path dist = Path.of(DistributionServer.required("keycloak.dist"));
        Path out = Path.of(DistributionServer.required("test.output.dir")).resolve("cluster");
        try {
            Path home = out.resolve("keycloak");
            DistributionServer.deleteTree(out);
            copyTree(dist, home);
            Path providers = Files.createDirectories(home.resolve("providers"));
            Files.copy(Path.of(DistributionServer.required("provider.jar")), providers.resolve("houjin-keycloak.jar"),
                    StandardCopyOption.REPLACE_EXISTING);
            Path imports = Files.createDirectories(home.resolve("data/import"));
            for (Path realm : new ServerOptions().realmFiles()) {
                Files.copy(realm, imports.resolve(realm.getFileName()));
            }
            ServerOptions.freshPostgresSchema(KEYCLOAK_SCHEMA);
            ServerOptions.freshPostgresSchema(DIRECTORY_SCHEMA);
            ClusterNodes cluster = new ClusterNodes(home, out, "http://127.0.0.1:" + DistributionServer.freePort());
            cluster.run(List.of("build", "--db=postgres", "--cache=ispn", "--db-kind-directory=postgres"),
                    out.resolve("build.log"));
            Runtime.getRuntime().addShutdownHook(new Thread(cluster::close, "keycloak-cluster-stop"));
            for (int i = 0; i < count; i++) {
                Node node = cluster.new Node((char) ('a' + i), DistributionServer.freePort(),
                        DistributionServer.freePort(), DistributionServer.freePort());
                cluster.nodes.add(node);
                node.start();
            }
            return cluster;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Node node(int index) {
        return nodes.get(index);
    }

    /** The URL both nodes name as theirs (no one listens there: the test sends each request to a node). */
    public String frontUrl() {
        return front;
    }

    /** A URL the cluster handed out (a link, a form action, a redirect), sent to one node instead. */
    public String onNode(String url, Node node) {
        return url.startsWith(front) ? node.baseUrl() + url.substring(front.length()) : url;
    }

    /** The cluster's directory database, for what no API shows. */
    public Connection directory() throws SQLException {
        return DriverManager.getConnection(DIRECTORY_URL, "postgres", "");
    }

    @Override
    public void close() {
        nodes.forEach(Node::close);
    }

    private Process run(List<String> arguments, Path log) throws IOException {
        return run(arguments, log, "");
    }

    private Process run(List<String> arguments, Path log, String javaOptions) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/kc.sh").toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).directory(home.toFile());
        builder.environment().put("JAVA_HOME", Jdks.newest().toString());
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms256m -Xmx768m");
        builder.environment().put("JAVA_OPTS_APPEND", javaOptions);
        Files.writeString(out.resolve("commands.txt"), String.join(" ", command) + "\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        Process process = builder.start();
        if (arguments.get(0).equals("build")) {
            try {
                if (process.waitFor() != 0) {
                    throw new IllegalStateException("kc.sh build failed; log " + log);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return process;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path relative = from.relativize(p);
                if (relative.startsWith("data")) {
                    continue; // a start-dev server's own state
                }
                Path target = to.resolve(relative.toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    /** One node: its own ports and log; it can be killed hard and started again on the same ports. */
    public final class Node implements KeycloakServer {

        private final char name;
        private final int httpPort;
        private final int managementPort;
        private final int clusterPort;
        private final Path log;
        private volatile Process process;

        private Node(char name, int httpPort, int managementPort, int clusterPort) {
            this.name = name;
            this.httpPort = httpPort;
            this.managementPort = managementPort;
            this.clusterPort = clusterPort;
            this.log = out.resolve("node-" + name + ".log");
        }

        /** Starts the node and waits until it answers (the first node imports the realm and loads the demo data). */
        public synchronized void start() {
            try {
                process = run(List.of("start", "--optimized", "--http-enabled=true", "--http-host=127.0.0.1",
                        "--http-port=" + httpPort, "--http-management-port=" + managementPort, "--hostname=" + front,
                        "--db-url=jdbc:postgresql://127.0.0.1:5432/test", "--db-schema=" + KEYCLOAK_SCHEMA,
                        "--db-username=postgres", "--db-password=",
                        "--cache-embedded-network-bind-address=127.0.0.1",
                        "--cache-embedded-network-bind-port=" + clusterPort,
                        "--db-url-full-directory=" + DIRECTORY_URL, "--db-username-directory=postgres",
                        "--db-password-directory=", "--spi-corporate-directory--jpa--demo-data=true",
                        "--spi-corporate-directory--jpa--pbkdf2-iterations=10000", "--import-realm",
                        "--log-level=INFO"), log, transactionOptions());
                awaitReady();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * The directory's datasource is XA, so each node needs a transaction log of its own on stable storage and a
         * node name of its own (Quarkus names every node "quarkus"): after a crash, the node's recovery finishes or
         * rolls back what it had prepared, and never touches another node's transactions. Recovery here looks every
         * few seconds (Narayana's default is two minutes) so the test need not wait long.
         */
        private String transactionOptions() {
            String recovery = "com.arjuna.ats.arjuna.recovery.";
            return "-Dquarkus.transaction-manager.node-name=houjin-node-" + name
                    + " -Dquarkus.transaction-manager.object-store.directory=" + out.resolve("transaction-logs-" + name)
                    + " -D" + recovery + "periodicRecoveryPeriod=5 -D" + recovery + "recoveryBackoffPeriod=1";
        }

        /** SIGKILL: no shutdown hook, no leaving the cluster, whatever was in flight is cut off. */
        public synchronized void kill() {
            ServerProcess.kill(process);
        }

        private void awaitReady() {
            System.out.printf("Cluster node %s ready at %s after %d s (log %s)%n", name, baseUrl(),
                    ServerProcess.awaitRealm(process, realmUrl(), log), log);
        }

        @Override
        public String baseUrl() {
            return "http://127.0.0.1:" + httpPort;
        }

        @Override
        public String httpsBaseUrl() {
            throw new UnsupportedOperationException("The cluster nodes have no https listener");
        }

        @Override
        public TestPki pki() {
            throw new UnsupportedOperationException("The cluster nodes have no client-certificate listener");
        }



        @Override
        public Optional<Path> logFile() {
            return Optional.of(log);
        }

        @Override
        public String transactionLogState() {
            return DistributionServer.fileTimes(out.resolve("transaction-logs-" + name));
        }


        @Override
        public synchronized void restart() {
            close();
            start();
        }

        @Override
        public synchronized void close() {
            ServerProcess.stop(process);
        }
    }
}
