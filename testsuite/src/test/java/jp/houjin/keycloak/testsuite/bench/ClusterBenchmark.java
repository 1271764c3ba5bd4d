package jp.houjin.keycloak.testsuite.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import jp.houjin.keycloak.testsuite.oidc.ClusterBrowser;
import jp.houjin.keycloak.testsuite.server.AdminApi;
import jp.houjin.keycloak.testsuite.server.ClusterNodes;
import jp.houjin.keycloak.testsuite.server.KeycloakServer;

/**
 * Corporate sign-ins per second against one node of a two-node cluster and against both (round-robin per sign-in,
 * the page and its form on the same node, as a load balancer with session affinity does), in alternating windows.
 * Figures, not a target: both nodes share this machine's cores. A report, no assertions.
 */
public final class ClusterBenchmark {

    private static final String REALM = "/realms/" + KeycloakServer.REALM;
    private static final String PASSWORD = "Bench#Pass2026";
    private static final int USERS = 8;

    public static void main(String[] args) throws Exception {
        Duration measure = Duration.ofSeconds(Integer.getInteger("bench.seconds", 20));
        StringBuilder report = new StringBuilder("| clients | one node | two nodes (round-robin) | two ÷ one |\n"
                + "| ---: | ---: | ---: | ---: |\n");
        try (ClusterNodes cluster = ClusterNodes.start(2)) {
            AdminApi admin = new AdminApi(cluster.node(0));
            for (int i = 0; i < USERS; i++) {
                AdminApi.Response created = admin.send("POST", REALM + "/users", Map.of("username",
                        "00000001:bench_c" + i, "enabled", true, "firstName", "計測", "lastName", "利用者" + i,
                        "credentials", List.of(Map.of("type", "password", "value", PASSWORD, "temporary", false))));
                if (created.status() != 201) {
                    throw new IllegalStateException("Could not create a bench user: " + created.status() + " " + created.body());
                }
            }
            AtomicInteger next = new AtomicInteger();
            IntFunction<Boolean> oneNode = client -> signIn(cluster, cluster.node(0), client);
            IntFunction<Boolean> twoNodes = client -> signIn(cluster, cluster.node(next.getAndIncrement() % 2), client);
            for (int clients : new int[] {1, 4, 8}) {
                double[] rates = LoginBenchmark.alternate(clients, Duration.ofSeconds(5), measure,
                        List.of(oneNode, twoNodes));
                String row = String.format("| %d | %.2f | %.2f | %.2f |%n", clients, rates[0], rates[1],
                        rates[1] / rates[0]);
                System.out.print(row);
                report.append(row);
            }
        }
        Path out = Path.of(System.getProperty("test.output.dir"));
        Files.createDirectories(out);
        Files.writeString(out.resolve("bench-cluster.md"), "Corporate sign-ins per second, two-node cluster on "
                + Runtime.getRuntime().availableProcessors() + " cores\n\n" + report);
    }

    private static boolean signIn(ClusterNodes cluster, ClusterNodes.Node node, int client) {
        try {
            return new ClusterBrowser(cluster).signIn(node, "00000001", "bench_c" + client, PASSWORD).code() != null;
        } catch (IllegalStateException e) {
            return false;
        }
    }
}
