package jp.houjin.keycloak.testsuite.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.houjin.keycloak.testsuite.server.AdminApi;
import jp.houjin.keycloak.testsuite.server.DirectoryDatabase;
import jp.houjin.keycloak.testsuite.server.DistributionServer;
import jp.houjin.keycloak.testsuite.server.KeycloakServer;
import jp.houjin.keycloak.testsuite.server.ServerOptions;

/**
 * スタッフ一覧 at scale: corporations of 10 000 and 100 000 users (bulk-inserted into the directory with JDBC while the
 * server is down), and the corporate API's {@code GET corporation/users} with the corporate admin's own token — the
 * first page, searches (kana, a name, a user ID) and a later page — each timed over repeated requests after a warm-up,
 * median and p95, with the machine's load average. Run it as docs/benchmarks.md says; it reports, it asserts nothing.
 */
public final class StaffListBenchmark {

    private static final String REALM = "/realms/partner-portal";
    private static final String PASSWORD = "Bench#Pass2026";
    private static final String CLIENT = "partner-portal-web";
    private static final String ADMIN = "bench_admin";
    private static final String[][] FAMILY = {{"佐藤", "サトウ"}, {"鈴木", "スズキ"}, {"高橋", "タカハシ"}, {"田中", "タナカ"},
            {"伊藤", "イトウ"}, {"渡辺", "ワタナベ"}, {"山本", "ヤマモト"}, {"中村", "ナカムラ"}, {"小林", "コバヤシ"},
            {"加藤", "カトウ"}, {"吉田", "ヨシダ"}, {"山田", "ヤマダ"}, {"佐々木", "ササキ"}, {"山口", "ヤマグチ"},
            {"松本", "マツモト"}, {"井上", "イノウエ"}, {"木村", "キムラ"}, {"林", "ハヤシ"}, {"斎藤", "サイトウ"},
            {"清水", "シミズ"}};
    private static final String[][] GIVEN = {{"太郎", "タロウ"}, {"花子", "ハナコ"}, {"一郎", "イチロウ"}, {"美咲", "ミサキ"},
            {"健太", "ケンタ"}, {"陽菜", "ヒナ"}, {"翔", "ショウ"}, {"結衣", "ユイ"}, {"大輔", "ダイスケ"}, {"さくら", "サクラ"},
            {"拓也", "タクヤ"}, {"愛", "アイ"}, {"直樹", "ナオキ"}, {"彩", "アヤ"}, {"亮", "リョウ"}, {"真由美", "マユミ"},
            {"誠", "マコト"}};
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int warmup = Integer.getInteger("bench.staff.warmup", 30);
    private final int samples = Integer.getInteger("bench.staff.samples", 200);
    private final List<String> report = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        new StaffListBenchmark().run();
    }

    private static String corporateId(long size) {
        return String.format("8%07d", size % 10_000_000);
    }

    private void run() throws Exception {
        Path out = Path.of(System.getProperty("test.output.dir", "target"));
        String db = new ServerOptions().directoryDb();
        long[] sizes = java.util.Arrays.stream(System.getProperty("bench.staff.sizes", "10000,100000").split(","))
                .mapToLong(Long::parseLong).toArray();
        String hash;
        try (KeycloakServer server = DistributionServer.start(new ServerOptions())) {
            hash = seedHash(server, new AdminApi(server), out, db);
        }
        for (long size : sizes) {
            fill(out, db, hash, size);
        }
        report.add("## スタッフ一覧 benchmark, directory on " + db + " (" + java.time.LocalDate.now() + ", "
                + Runtime.getRuntime().availableProcessors() + " cores)");
        report.add("");
        report.add("`GET /realms/partner-portal/houjin/corporation/users` with the corporate admin's token over loopback, "
                + "20 a page; " + warmup + " warm-up requests, then " + samples + " timed requests per row, one at a time; "
                + "milliseconds from request to the last byte of the answer.");
        report.add("");
        report.add("| corporation | request | total | median | p95 | load average (1 min) |");
        report.add("| ---: | --- | ---: | ---: | ---: | ---: |");
        try (KeycloakServer server = DistributionServer.start(new ServerOptions(true))) {
            for (long size : sizes) {
                Map<String, String> requests = new LinkedHashMap<>();
                requests.put("first page", "");
                requests.put("search kana 「スズキ」 (1 in 20)", "search=" + enc("スズキ"));
                requests.put("search name 「花子」, page 2", "search=" + enc("花子") + "&first=20");
                requests.put("search user ID 「bench_0004242」", "search=bench_0004242");
                requests.put("search without a match", "search=" + enc("該当なし"));
                requests.put("later page (middle)", "first=" + size / 2);
                requests.put("last page", "first=" + (size - 20));
                for (Map.Entry<String, String> request : requests.entrySet()) {
                    // A fresh token for each row: the realm's access tokens live 5 minutes.
                    measure(server, token(server, corporateId(size)), size, request.getKey(), request.getValue());
                }
            }
        }
        String text = String.join("\n", report) + "\n";
        Path file = out.resolve("bench-staff-" + db + ".md");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        System.out.println("\n" + text + "\nWritten to " + file);
    }

    /** One directory user created through the provider, so its hash is the provider's own under the realm's policy. */
    private static String seedHash(KeycloakServer server, AdminApi admin, Path out, String db) {
        check(admin.send("POST", REALM + "/users", Map.of("username", "00000001:bench_seed", "enabled", true,
                "firstName", "Bench", "lastName", "Seed")));
        String id = admin.get(REALM + "/users?exact=true&username=00000001:bench_seed").get(0).get("id").asText();
        check(admin.send("PUT", REALM + "/users/" + id + "/reset-password",
                Map.of("type", "password", "value", PASSWORD, "temporary", false)));
        server.close();
        try (Connection c = DirectoryDatabase.open(out, db); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select password_hash from corporate_user where user_id_key = 'bench_seed'")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A corporation of {@code size} users: names and kana from common Japanese names, every third with an email, one
     * corporate admin ({@value #ADMIN}) with the seed's password; batches of 10 000 rows.
     */
    private static void fill(Path out, String db, String hash, long size) throws SQLException {
        long started = System.nanoTime();
        String corporation = UUID.randomUUID().toString();
        try (Connection c = DirectoryDatabase.open(out, db)) {
            c.setAutoCommit(false);
            long now = System.currentTimeMillis();
            try (PreparedStatement ps = c.prepareStatement("insert into corporation (id, corporate_id, name, status,"
                    + " created_at, updated_at) values (?, ?, ?, 'ACTIVE', ?, ?)")) {
                ps.setString(1, corporation);
                ps.setString(2, corporateId(size));
                ps.setString(3, String.format("ベンチ%,d株式会社", size));
                ps.setLong(4, now);
                ps.setLong(5, now);
                ps.executeUpdate();
            }
            // Its メイングループ (id = the corporation's), where every user of the load belongs.
            try (PreparedStatement ps = c.prepareStatement("insert into corporate_group (id, corporation_id, parent_id, name,"
                    + " path, created_at, updated_at) values (?, ?, null, ?, ?, ?, ?)")) {
                ps.setString(1, corporation);
                ps.setString(2, corporation);
                ps.setString(3, String.format("ベンチ%,d株式会社", size));
                ps.setString(4, "/" + corporation + "/");
                ps.setLong(5, now);
                ps.setLong(6, now);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("insert into corporate_user (id, corporation_id, group_id, user_id, "
                    + "user_id_key, email, email_key, family_name, given_name, kana_family_name, kana_given_name, role,"
                    + " password_hash, status, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (long i = 0; i <= size - 1; i++) {
                    boolean admin = i == size - 1;
                    String userId = admin ? ADMIN : String.format("bench_%07d", i);
                    String[] family = FAMILY[(int) (i % FAMILY.length)];
                    String[] given = GIVEN[(int) (i / FAMILY.length % GIVEN.length)];
                    String email = i % 3 == 0 ? userId + "@bench" + size + ".example.jp" : null;
                    ps.setString(1, UUID.randomUUID().toString());
                    ps.setString(2, corporation);
                    ps.setString(3, corporation);
                    ps.setString(4, userId);
                    ps.setString(5, userId);
                    ps.setString(6, email);
                    ps.setString(7, email);
                    ps.setString(8, family[0]);
                    ps.setString(9, given[0]);
                    ps.setString(10, family[1]);
                    ps.setString(11, given[1]);
                    ps.setString(12, admin ? "ADMIN" : "USER");
                    ps.setString(13, admin ? hash : null);
                    ps.setString(14, i % 50 == 7 ? "LOGIN_SUSPENDED" : "ACTIVE");
                    ps.setLong(15, now);
                    ps.setLong(16, now);
                    ps.addBatch();
                    if (i % 10_000 == 9_999) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
                ps.executeBatch();
                c.commit();
            }
            // As after any bulk load: fresh statistics, so the planner's index choice does not depend on when the
            // database last sampled the table.
            c.setAutoCommit(true);
            try (Statement st = c.createStatement()) {
                st.execute("postgres".equals(db) ? "ANALYZE corporate_user" : "ANALYZE TABLE corporate_user");
            }
        }
        System.out.printf("Corporation %s: %,d users inserted in %d s%n", corporateId(size), size,
                (System.nanoTime() - started) / 1_000_000_000L);
    }

    /** The corporate admin's access token: a real sign-in on the 法人ID form, then the code exchanged. */
    private static String token(KeycloakServer server, String corporateId) throws Exception {
        String code = new HttpLogin(server.realmUrl()).code(CLIENT, Map.of("tab", "corporate", "corporateId", corporateId,
                "loginId", ADMIN, "password", PASSWORD));
        if (code == null) {
            throw new IllegalStateException("The bench admin of " + corporateId + " could not sign in");
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(server.realmUrl() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&client_id=" + CLIENT + "&code="
                        + enc(code) + "&redirect_uri=" + enc(HttpLogin.REDIRECT) + "&code_verifier=" + HttpLogin.VERIFIER))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Token request refused: " + response.body());
        }
        return JSON.readTree(response.body()).get("access_token").asText();
    }

    private void measure(KeycloakServer server, String token, long size, String label, String query) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.realmUrl() + "/houjin/corporation/users"
                + (query.isEmpty() ? "" : "?" + query))).header("Authorization", "Bearer " + token).GET().build();
        long total = -1;
        for (int i = 0; i < warmup; i++) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(label + ": " + response.statusCode() + " " + response.body());
            }
            JsonNode body = JSON.readTree(response.body());
            total = body.get("total").asLong();
        }
        double[] times = new double[samples];
        for (int i = 0; i < samples; i++) {
            long t0 = System.nanoTime();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            times[i] = (System.nanoTime() - t0) / 1e6;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(label + ": " + response.statusCode());
            }
        }
        java.util.Arrays.sort(times);
        String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        report.add(String.format("| %,d | %s | %,d | %.1f | %.1f | %s |", size, label, total, times[samples / 2],
                times[(int) Math.ceil(samples * 0.95) - 1], load));
        System.out.println(report.get(report.size() - 1));
    }

    private static void check(AdminApi.Response response) {
        if (response.status() / 100 != 2) {
            throw new IllegalStateException("Admin call failed (" + response.status() + "): " + response.body());
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
