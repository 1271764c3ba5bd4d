package jp.houjin.keycloak.testsuite.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntFunction;

import com.fasterxml.jackson.databind.JsonNode;
import jp.houjin.keycloak.testsuite.server.AdminApi;
import jp.houjin.keycloak.testsuite.server.DirectoryDatabase;
import jp.houjin.keycloak.testsuite.server.DistributionServer;
import jp.houjin.keycloak.testsuite.server.KeycloakServer;
import jp.houjin.keycloak.testsuite.server.ServerOptions;

/**
 * Logins per second through the corporate login form against Keycloak's stock username/password form, on the same
 * server in the same run under the same realm hashing policy — Keycloak's default (Argon2), then
 * {@value #PBKDF2_POLICY} — at 1, 4 and 8 concurrent clients, each client signing in as its own user (Keycloak's
 * brute-force detector locks an account signed in from parallel requests), twice: in alternating windows
 * ({@link #alternate}) and interleaved sign-in by sign-in ({@link #interleave}, with the mean time of the login page's
 * GET and of the form's POST of each form); then single-client login latency with 1 000 and 1 000 000 users in the
 * directory. Run it with bench/run.sh; it reports, it asserts nothing.
 */
public final class LoginBenchmark {

    private static final String REALM = "/realms/partner-portal";
    private static final String PASSWORD = "Bench#Pass2026";
    private static final String STOCK_CLIENT = "bench-stock";
    private static final String CORPORATE_CLIENT = "partner-portal-web";
    private static final int[] CLIENTS = {1, 4, 8};
    private static final int ROUNDS = 4;
    private static final int STOCK_USERS = 8;
    private static final String PBKDF2_POLICY = "hashAlgorithm(pbkdf2-sha256) and hashIterations(600000)";

    private final Duration measure = Duration.ofSeconds(Integer.getInteger("bench.seconds", 20));
    private final Duration warmup = Duration.ofSeconds(Integer.getInteger("bench.warmup", 5));
    private final int latencySamples = Integer.getInteger("bench.latency.samples", 80);
    private final List<String> report = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        new LoginBenchmark().run();
    }

    private void run() throws Exception {
        Path out = Path.of(System.getProperty("test.output.dir", "target"));
        String db = new ServerOptions().directoryDb();
        long[] sizes = java.util.Arrays.stream(System.getProperty("bench.sizes", "1000,1000000").split(","))
                .mapToLong(Long::parseLong).toArray();
        report.add("## Login benchmark, directory on " + db + " (" + java.time.LocalDate.now() + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, measure " + measure.toSeconds() + " s after "
                + warmup.toSeconds() + " s warm-up)");
        report.add("");

        String seedHash;
        try (KeycloakServer server = DistributionServer.start(new ServerOptions())) {
            seedHash = prepare(server, new AdminApi(server));
        }
        long inserted = 0;
        List<String> latencyRows = new ArrayList<>();
        boolean throughputDone = false;
        for (long size : sizes) {
            inserted = fill(out, db, seedHash, inserted, size);
            try (KeycloakServer server = DistributionServer.start(new ServerOptions(true))) {
                HttpLogin login = new HttpLogin(server.realmUrl());
                if (!throughputDone) {
                    throughput(new AdminApi(server), login, size);
                    throughputDone = true;
                }
                long users = size;
                double[] latency = latency(login, i -> corporateForm("bench_" + ThreadLocalRandom.current().nextLong(users)));
                latencyRows.add(String.format("| %,d | %.1f | %.1f |", size, latency[0], latency[1]));
            }
        }
        report.add("");
        report.add("Single-client latency of the corporate login (random user of the directory), milliseconds:");
        report.add("");
        report.add("| directory users | median | p95 |");
        report.add("| ---: | ---: | ---: |");
        report.addAll(latencyRows);
        String text = String.join("\n", report) + "\n";
        Path file = out.resolve("bench-" + db + ".md");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        System.out.println("\n" + text + "\nWritten to " + file);
    }

    /** Stock client on the built-in browser flow, stock users, the realm's policy; returns a directory hash. */
    private String prepare(KeycloakServer server, AdminApi admin) {
        String browserFlow = null;
        for (JsonNode flow : admin.get(REALM + "/authentication/flows")) {
            if ("browser".equals(flow.get("alias").asText())) {
                browserFlow = flow.get("id").asText();
            }
        }
        check(admin.send("POST", REALM + "/clients", Map.of("clientId", STOCK_CLIENT, "publicClient", true,
                "redirectUris", List.of(HttpLogin.REDIRECT), "attributes", Map.of("pkce.code.challenge.method", "S256"),
                "authenticationFlowBindingOverrides", Map.of("browser", browserFlow))));
        for (int i = 0; i < STOCK_USERS; i++) {
            check(admin.send("POST", REALM + "/users", Map.of("username", "bench-stock-" + i, "enabled", true,
                    "email", "bench-stock-" + i + "@example.jp", "firstName", "Bench", "lastName", "Stock", "emailVerified", true,
                    "credentials", List.of(Map.of("type", "password", "value", PASSWORD, "temporary", false)))));
        }
        // One directory user through the provider, so its hash is the provider's own under the realm's (default) policy.
        check(admin.send("POST", REALM + "/users", Map.of("username", "00000001:bench_seed", "enabled", true,
                "firstName", "Bench", "lastName", "Seed")));
        String id = admin.get(REALM + "/users?exact=true&username=00000001:bench_seed").get(0).get("id").asText();
        check(admin.send("PUT", REALM + "/users/" + id + "/reset-password",
                Map.of("type", "password", "value", PASSWORD, "temporary", false)));
        server.close();
        try (Connection c = DirectoryDatabase.open(Path.of(System.getProperty("test.output.dir", "target")), new ServerOptions().directoryDb());
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select password_hash from corporate_user where user_id_key = 'bench_seed'")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void check(AdminApi.Response response) {
        if (response.status() / 100 != 2) {
            throw new IllegalStateException("Admin call failed (" + response.status() + "): " + response.body());
        }
    }

    /** Adds directory users bench_<from>..bench_<to-1> to corporation 00000001, all with the seed's hash. */
    private static long fill(Path out, String db, String hash, long from, long to) throws SQLException {
        long started = System.nanoTime();
        try (Connection c = DirectoryDatabase.open(out, db)) {
            c.setAutoCommit(false);
            String corporation;
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("select id from corporation where corporate_id = '00000001'")) {
                rs.next();
                corporation = rs.getString(1);
            }
            try (PreparedStatement ps = c.prepareStatement("insert into corporate_user (id, corporation_id, group_id, "
                    + "user_id, user_id_key, family_name, given_name, role, password_hash, status, created_at, updated_at) "
                    + "values (?, ?, ?, ?, ?, 'ベンチ', '利用者', 'USER', ?, 'ACTIVE', ?, ?)")) {
                long now = System.currentTimeMillis();
                for (long i = from; i < to; i++) {
                    ps.setString(1, UUID.randomUUID().toString());
                    ps.setString(2, corporation);
                    // The corporation's メイングループ has the corporation's id.
                    ps.setString(3, corporation);
                    ps.setString(4, "bench_" + i);
                    ps.setString(5, "bench_" + i);
                    ps.setString(6, hash);
                    ps.setLong(7, now);
                    ps.setLong(8, now);
                    ps.addBatch();
                    if ((i - from) % 10_000 == 9_999) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
                ps.executeBatch();
                c.commit();
            }
            if ("postgres".equals(db)) {
                // As after any bulk load: fresh statistics, so the planner uses the indexes.
                c.setAutoCommit(true);
                try (Statement st = c.createStatement()) {
                    st.execute("ANALYZE corporate_user");
                }
            }
        }
        System.out.printf("Directory now holds %,d bench users (added %,d in %d s)%n", to, to - from,
                (System.nanoTime() - started) / 1_000_000_000L);
        return to;
    }

    /**
     * Both forms under Keycloak's default policy, then under {@value #PBKDF2_POLICY}; the warm-up of each
     * configuration signs every user in, so hashes of the previous policy are re-hashed before the measurement.
     */
    private void throughput(AdminApi admin, HttpLogin login, long size) throws InterruptedException {
        report.add("Logins per second (directory of " + String.format("%,d", size) + " users; client n signs in as user n):");
        report.add("");
        report.add("| realm hashing policy | clients | stock form | corporate form | ratio | interleaved: stock | corporate | ratio |");
        report.add("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        String original = admin.get(REALM).get("passwordPolicy").asText();
        for (String hashing : new String[] {null, PBKDF2_POLICY}) {
            check(admin.send("PUT", REALM, Map.of("passwordPolicy", hashing == null ? original : original + " and " + hashing)));
            for (int clients : CLIENTS) {
                List<IntFunction<Boolean>> forms = List.of(t -> login(login, STOCK_CLIENT, Map.of("username",
                        "bench-stock-" + t, "password", PASSWORD, "credentialId", "")),
                        t -> login(login, CORPORATE_CLIENT, corporateForm("bench_" + t)));
                double[] rates = alternate(clients, warmup, measure, forms);
                double[] paired = interleave(clients, measure, forms);
                report.add(String.format("| %s | %d | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |", hashing == null
                        ? "default (argon2)" : "`" + hashing + "`", clients, rates[0], rates[1], rates[1] / rates[0],
                        paired[0], paired[1], paired[1] / paired[0]));
                System.out.println(report.get(report.size() - 1));
            }
        }
        check(admin.send("PUT", REALM, Map.of("passwordPolicy", original)));
    }

    /**
     * The same two forms measured in pairs: every client signs in with one form and then the other, in turns
     * (stock first on even turns of even clients, corporate first otherwise), and each sign-in is timed. A form's
     * rate at n clients is n divided by its mean sign-in time. Both forms run at the same moments under the same
     * load, so a machine whose speed wanders from second to second (these do, by a factor of two between runs)
     * slows both alike; the windows of {@link #alternate} can catch a slow spell on one form only.
     */
    static double[] interleave(int clients, Duration measure, List<IntFunction<Boolean>> forms)
            throws InterruptedException {
        LongAdder[] ok = {new LongAdder(),
                new LongAdder()};
        LongAdder[] nanos = {new LongAdder(),
                new LongAdder()};
        LongAdder[] get = {new LongAdder(),
                new LongAdder()};
        LongAdder[] post = {new LongAdder(),
                new LongAdder()};
        AtomicLong failed = new AtomicLong();
        long deadline = System.nanoTime() + measure.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            int client = t;
            Thread thread = new Thread(() -> {
                for (int turn = 0; System.nanoTime() < deadline; turn++) {
                    int first = (turn + client) % 2;
                    for (int form : new int[] {first, 1 - first}) {
                        long started = System.nanoTime();
                        boolean signedIn = forms.get(form).apply(client);
                        if (signedIn) {
                            ok[form].increment();
                            nanos[form].add(System.nanoTime() - started);
                            get[form].add(HttpLogin.PHASES.get()[0]);
                            post[form].add(HttpLogin.PHASES.get()[1]);
                        } else {
                            failed.incrementAndGet();
                        }
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (failed.get() > 0) {
            System.out.println("  (" + failed.get() + " failed sign-ins, interleaved)");
        }
        double[] rates = new double[2];
        StringBuilder phases = new StringBuilder("  interleaved, mean ms of the login page GET / the form POST:");
        for (int form = 0; form < 2; form++) {
            rates[form] = clients * ok[form].sum() / (nanos[form].sum() / 1e9);
            phases.append(String.format(" %s %.1f / %.1f", form == 0 ? "stock" : "corporate",
                    get[form].sum() / 1e6 / ok[form].sum(), post[form].sum() / 1e6 / ok[form].sum()));
        }
        System.out.println(phases);
        return rates;
    }

    private static Map<String, String> corporateForm(String userId) {
        return Map.of("tab", "corporate", "corporateId", "00000001", "loginId", userId, "password", PASSWORD);
    }

    private static boolean login(HttpLogin login, String client, Map<String, String> form) {
        try {
            return login.signIn(client, form);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Successful logins per second of two setups (the stock and the corporate form), after a warm-up of each: measured
     * in {@value #ROUNDS} windows each, alternating (stock, corporate, corporate, stock, …), so whatever else loads the
     * machine falls on both alike. Failures are reported. An attempt gets the client's number (0 … clients − 1), so
     * each client signs in as its own user.
     */
    static double[] alternate(int clients, Duration warmup, Duration measure, List<IntFunction<Boolean>> forms)
            throws InterruptedException {
        for (IntFunction<Boolean> form : forms) {
            run(clients, warmup, form, new AtomicLong(), new AtomicLong());
        }
        Duration window = measure.dividedBy(ROUNDS);
        long[] ok = new long[2];
        long[] nanos = new long[2];
        AtomicLong failed = new AtomicLong();
        for (int round = 0; round < ROUNDS; round++) {
            for (int k = 0; k < 2; k++) {
                int form = round % 2 == 0 ? k : 1 - k;
                AtomicLong succeeded = new AtomicLong();
                nanos[form] += run(clients, window, forms.get(form), succeeded, failed);
                ok[form] += succeeded.get();
            }
        }
        if (failed.get() > 0) {
            System.out.println("  (" + failed.get() + " failed sign-ins)");
        }
        return new double[] {ok[0] / (nanos[0] / 1e9), ok[1] / (nanos[1] / 1e9)};
    }

    static long run(int clients, Duration window, IntFunction<Boolean> attempt, AtomicLong ok, AtomicLong failed)
            throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + window.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            int client = t;
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    (attempt.apply(client) ? ok : failed).incrementAndGet();
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return System.nanoTime() - start;
    }

    private double[] latency(HttpLogin login, IntFunction<Map<String, String>> form) {
        for (int i = 0; i < 5; i++) {
            login(login, CORPORATE_CLIENT, form.apply(i));
        }
        List<Double> samples = new ArrayList<>();
        for (int i = 0; i < latencySamples; i++) {
            long t0 = System.nanoTime();
            if (!login(login, CORPORATE_CLIENT, form.apply(i))) {
                throw new IllegalStateException("A corporate sign-in failed during the latency run");
            }
            samples.add((System.nanoTime() - t0) / 1e6);
        }
        samples.sort(Double::compare);
        return new double[] {samples.get(samples.size() / 2), samples.get((int) Math.ceil(samples.size() * 0.95) - 1)};
    }
}
