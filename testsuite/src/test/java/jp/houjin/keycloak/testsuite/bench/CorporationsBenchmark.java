package jp.houjin.keycloak.testsuite.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.houjin.keycloak.testsuite.server.AdminApi;
import jp.houjin.keycloak.testsuite.server.DirectoryDatabase;
import jp.houjin.keycloak.testsuite.server.DistributionServer;
import jp.houjin.keycloak.testsuite.server.KeycloakServer;
import jp.houjin.keycloak.testsuite.server.ServerOptions;

/**
 * 法人一覧 at scale (issue 21): {@value #CORPORATIONS} corporations bulk-inserted into the directory by SQL, then the
 * operators' admin REST ({@code /admin/realms/partner-portal/houjin-corporations}) asked for the first page, searches
 * (a name fragment, kana, a 法人ID, a 法人番号), a status filter, the count and a late page — each request timed at the
 * client on loopback (server time plus a loopback round trip), median and p95 of {@value #SAMPLES} after warm-up. Run
 * with {@code mvn -Pbench verify -pl testsuite -Dbench.login.skip=true -Dbench.corporations.skip=false}; it reports,
 * it asserts nothing.
 */
public final class CorporationsBenchmark {

    static final int CORPORATIONS = 100_000;
    static final int SAMPLES = 40;
    private static final String API = "/realms/partner-portal/houjin-corporations";

    public static void main(String[] args) throws Exception {
        Path out = Path.of(System.getProperty("test.output.dir", "target"));
        String db = new ServerOptions().directoryDb();
        List<String> report = new ArrayList<>();
        try (KeycloakServer server = DistributionServer.start(new ServerOptions())) {
            long started = System.nanoTime();
            fill(out, db);
            long seeded = (System.nanoTime() - started) / 1_000_000;
            AdminApi admin = new AdminApi(server);
            Map<String, String> requests = new LinkedHashMap<>();
            requests.put("first page (20), all", "?first=0&max=20");
            requests.put("search a name fragment (`ベンチ商事 4242`)", "?search=" + enc("ベンチ商事 4242"));
            requests.put("search kana, half-width typed (`ﾍﾞﾝﾁｼｮｳｼﾞ 777`)", "?search=" + enc("ﾍﾞﾝﾁｼｮｳｼﾞ 777"));
            requests.put("search a 法人ID (`30054321`)", "?search=30054321");
            requests.put("search a 法人番号 (13 digits)", "?search=" + number(54_321));
            requests.put("status filter (suspended, 1 in 10)", "?status=suspended&max=20");
            requests.put("later page (first=99 980)", "?first=99980&max=20");
            requests.put("later page of a filter (suspended, first=9 980)", "?status=suspended&first=9980&max=20");
            requests.put("count only", "/count");
            report.add("## 法人一覧 with " + String.format("%,d", CORPORATIONS) + " corporations, directory on " + db + " ("
                    + java.time.LocalDate.now() + ", " + Runtime.getRuntime().availableProcessors() + " cores)");
            report.add("");
            report.add("Seeded by one batched SQL insert in " + String.format("%,d", seeded) + " ms. Each request: the "
                    + "master admin's token, `GET /admin" + API + "…`, timed at the client on loopback; "
                    + SAMPLES + " samples after 10 warm-up requests; milliseconds.");
            report.add("");
            report.add("| request | total matched | median | p95 | max |");
            report.add("| --- | ---: | ---: | ---: | ---: |");
            for (Map.Entry<String, String> request : requests.entrySet()) {
                String path = API + request.getValue();
                AdminApi.Response answer = null;
                for (int i = 0; i < 10; i++) {
                    answer = check(admin.send("GET", path, null));
                }
                double[] times = new double[SAMPLES];
                for (int i = 0; i < SAMPLES; i++) {
                    long t = System.nanoTime();
                    check(admin.send("GET", path, null));
                    times[i] = (System.nanoTime() - t) / 1_000_000.0;
                }
                Arrays.sort(times);
                report.add(String.format("| %s | %,d | %.1f | %.1f | %.1f |", request.getKey(),
                        answer.json().path("total").asLong(), times[SAMPLES / 2], times[(int) Math.ceil(SAMPLES * 0.95) - 1],
                        times[SAMPLES - 1]));
            }
        }
        String text = String.join("\n", report) + "\n";
        Path file = out.resolve("bench-corporations-" + db + ".md");
        Files.createDirectories(out);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        System.out.println("\n" + text + "\nWritten to " + file);
    }

    /** 法人ID 30000000 + i, name ベンチ商事 i, kana ベンチショウジ i, a valid 法人番号, every 10th suspended. */
    private static void fill(Path out, String db) throws Exception {
        try (Connection c = DirectoryDatabase.open(out, db)) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("insert into corporation (id, corporate_id, name, name_kana,"
                    + " corporate_number, status, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
                long now = System.currentTimeMillis();
                for (int i = 0; i < CORPORATIONS; i++) {
                    ps.setString(1, UUID.randomUUID().toString());
                    ps.setString(2, String.valueOf(30_000_000 + i));
                    ps.setString(3, "ベンチ商事 " + i);
                    ps.setString(4, "ベンチショウジ\u3000" + i);
                    ps.setString(5, number(i));
                    ps.setString(6, i % 10 == 0 ? "SUSPENDED" : "ACTIVE");
                    ps.setLong(7, now);
                    ps.setLong(8, now);
                    ps.addBatch();
                    if (i % 5_000 == 4_999) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            c.commit();
        }
    }

    /** A 法人番号 with a valid check digit over the 12-digit base {@code 100000000000 + i}. */
    static String number(long i) {
        String base = String.valueOf(100_000_000_000L + i);
        int sum = 0;
        for (int n = 1; n <= 12; n++) {
            sum += (base.charAt(12 - n) - '0') * (n % 2 == 1 ? 1 : 2);
        }
        return (9 - sum % 9) + base;
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static AdminApi.Response check(AdminApi.Response response) {
        if (response.status() != 200) {
            throw new IllegalStateException("Answered " + response.status() + ": " + response.body());
        }
        return response;
    }
}
