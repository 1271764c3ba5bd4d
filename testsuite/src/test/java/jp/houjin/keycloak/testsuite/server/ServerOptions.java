package jp.houjin.keycloak.testsuite.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What every backend starts Keycloak with: the realm files of realm-config/, and the corporate directory on an
 * additional datasource — a fresh embedded H2 file by default, or PostgreSQL ({@code -Ddirectory.db=postgres},
 * 127.0.0.1:5432, database test, schema houjin_it, recreated per run) — loaded with the demo data.
 */
public final class ServerOptions {

    static final String POSTGRES_SCHEMA = "houjin_it";
    public static final String TRUSTED_PROXY = "127.0.0.2";
    public static final String H2_USER = "houjin";
    public static final String H2_PASSWORD = "houjin";
    /**
     * System property: PBKDF2 iterations of the test server's access-key and bank-account verifiers (unset: the
     * production default). Passwords follow the realm's hashing policy, which the test server leaves at Keycloak's
     * default (Argon2).
     */
    public static final String PBKDF2_ITERATIONS = "directory.pbkdf2.iterations";
    /**
     * System properties: memory (KiB) and passes of the test server's Argon2 provider, Keycloak's default password
     * hashing (unset: Keycloak's defaults, 7168 KiB and 5 passes). Failsafe sets a cheaper hash; the benchmark keeps
     * Keycloak's.
     */
    public static final String ARGON2_MEMORY = "password.argon2.memory";
    public static final String ARGON2_ITERATIONS = "password.argon2.iterations";

    /** AUTO_SERVER: tests and the benchmark can open the file while Keycloak has it open. */
    static String h2Url(Path out) {
        return "jdbc:h2:file:" + out.resolve("directory-db/directory").toAbsolutePath() + ";AUTO_SERVER=TRUE";
    }

    private final boolean keepState;

    public ServerOptions() {
        this(false);
    }

    /** {@code keepState}: restart on the data of the previous start (benchmarks), instead of a fresh server. */
    public ServerOptions(boolean keepState) {
        this.keepState = keepState;
    }

    boolean keepState() {
        return keepState;
    }

    public String directoryDb() {
        return System.getProperty("directory.db", "h2");
    }

    List<Path> realmFiles() {
        Path dir = Path.of(DistributionServer.required("realm.config.dir"));
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Extra kc.sh arguments; {@code out} is where the H2 file of the directory goes. */
    public List<String> serverArguments(Path out) {
        List<String> args = new ArrayList<>();
        switch (directoryDb()) {
            case "h2" -> {
                args.add("--db-kind-directory=dev-file");
                args.add("--db-url-full-directory=" + h2Url(out));
                args.add("--db-username-directory=" + H2_USER);
                args.add("--db-password-directory=" + H2_PASSWORD);
            }
            case "postgres" -> {
                args.add("--db-kind-directory=postgres");
                args.add("--db-url-full-directory=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + POSTGRES_SCHEMA);
                args.add("--db-username-directory=postgres");
                args.add("--db-password-directory=");
            }
            default -> throw new IllegalStateException("directory.db must be h2 or postgres, got " + directoryDb());
        }
        args.add("--spi-corporate-directory--jpa--demo-data=true");
        // The test run hashes the verifiers (access key, 振込口座番号) with fewer PBKDF2 iterations (failsafe sets
        // 10 000, the least the directory accepts): CI has 2 cores. The benchmark keeps every default.
        option(args, PBKDF2_ITERATIONS, "--spi-corporate-directory--jpa--pbkdf2-iterations=");
        // Passwords too: the test run keeps Keycloak's default provider, Argon2 (what PasswordHashingIT checks), with
        // less memory and fewer passes — every sign-in, password change and unknown-user check of a run hashes once.
        option(args, ARGON2_MEMORY, "--spi-password-hashing--argon2--memory=");
        option(args, ARGON2_ITERATIONS, "--spi-password-hashing--argon2--iterations=");
        // start-dev (no build step, http) would also stop caching themes and templates: every page would parse its
        // FreeMarker templates and message bundles again, which no production server does — and which made the test
        // run and the benchmark measure template parsing. Cached as in production (`kc.sh start`), css and js too.
        args.add("--spi-theme--cache-themes=true");
        args.add("--spi-theme--cache-templates=true");
        args.add("--spi-theme--static-max-age=2592000");
        // As behind a reverse proxy: X-Forwarded-For counts only from 127.0.0.2 (the "proxy"); the browser and other
        // clients connect from 127.0.0.1, so a forwarded header they send must change nothing.
        // Dual stack, so IPv6 loopback clients are tested too.
        args.add("--http-host=::");
        args.add("--proxy-headers=xforwarded");
        args.add("--proxy-trusted-addresses=" + TRUSTED_PROXY);
        return args;
    }

    /** Adds {@code flag} with the system property's value, when it is set. */
    private static void option(List<String> args, String property, String flag) {
        String value = System.getProperty(property);
        if (value != null && !value.isBlank()) {
            args.add(flag + value);
        }
    }

    /** A fresh directory for the run: delete the H2 file, or recreate the PostgreSQL schema. */
    void resetDirectory(Path out) {
        try {
            if ("postgres".equals(directoryDb())) {
                freshPostgresSchema(POSTGRES_SCHEMA);
            } else {
                DistributionServer.deleteTree(out.resolve("directory-db"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Drops and creates a schema of the local PostgreSQL's database {@code test} (psql, trust authentication). */
    public static void freshPostgresSchema(String schema) {
        try {
            Process psql = new ProcessBuilder("psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "test", "-v",
                    "ON_ERROR_STOP=1", "-c", "SET lock_timeout = '60s'; DROP SCHEMA IF EXISTS " + schema
                            + " CASCADE; CREATE SCHEMA " + schema)
                    .redirectErrorStream(true).start();
            String output = new String(psql.getInputStream().readAllBytes());
            if (psql.waitFor() != 0) {
                // A lock timeout here is most often a prepared (XA) transaction of a Keycloak killed in an earlier
                // run: see SELECT gid FROM pg_prepared_xacts, then ROLLBACK PREPARED '<gid>'.
                throw new IllegalStateException("Could not reset PostgreSQL schema " + schema + ": " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
