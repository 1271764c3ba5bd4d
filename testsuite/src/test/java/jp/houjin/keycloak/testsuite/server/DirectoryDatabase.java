package jp.houjin.keycloak.testsuite.server;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Direct JDBC access to the corporate directory of the test server, for what no API shows (stored hashes) and for
 * the benchmark's bulk load. The H2 file runs with AUTO_SERVER, so it can be opened while Keycloak holds it.
 */
public final class DirectoryDatabase {

    private DirectoryDatabase() {
    }

    public static Connection open(Path out, String db) throws SQLException {
        if ("postgres".equals(db)) {
            return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test?currentSchema="
                    + ServerOptions.POSTGRES_SCHEMA, "postgres", "");
        }
        return DriverManager.getConnection(ServerOptions.h2Url(out), ServerOptions.H2_USER, ServerOptions.H2_PASSWORD);
    }

    /** The stored password hash of a directory user of this test run. */
    public static String passwordHash(String corporateId, String userIdKey) throws SQLException {
        Path out = Path.of(DistributionServer.required("test.output.dir"));
        try (Connection c = open(out, new ServerOptions().directoryDb());
                PreparedStatement ps = c.prepareStatement("select u.password_hash from corporate_user u join corporation c "
                        + "on c.id = u.corporation_id where c.corporate_id = ? and u.user_id_key = ?")) {
            ps.setString(1, corporateId);
            ps.setString(2, userIdKey);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("No directory user " + corporateId + ":" + userIdKey);
                }
                return rs.getString(1);
            }
        }
    }

    /**
     * Removes a corporation's own rows (its groups, then the corporation), as a test's clean-up does once its accounts
     * are gone; nothing when there is no such corporation.
     */
    public static void deleteCorporation(String corporateId) throws SQLException {
        String id = "(select id from corporation where corporate_id = ?)";
        update("update corporate_group set parent_id = null where corporation_id = " + id, corporateId);
        update("delete from corporate_group where corporation_id = " + id, corporateId);
        update("delete from corporation where corporate_id = ?", corporateId);
    }

    /** Runs one statement on the directory of this test run (e.g. to move an expiry into the past); returns the count. */
    public static int update(String sql, Object... parameters) throws SQLException {
        Path out = Path.of(DistributionServer.required("test.output.dir"));
        try (Connection c = open(out, new ServerOptions().directoryDb()); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            return ps.executeUpdate();
        }
    }

    /**
     * Sets one column of a directory user of this test run, as the business system would behind Keycloak's back
     * (e.g. {@code status}, {@code role}); returns the count.
     */
    public static int setUser(String corporateId, String userIdKey, String column, Object value) throws SQLException {
        return update("update corporate_user set " + column + " = ? where user_id_key = ? and corporation_id = "
                + "(select id from corporation where corporate_id = ?)", value, userIdKey, corporateId);
    }

    /** The first column of the first row, as a string; null when there is no row. */
    public static String queryString(String sql, Object... parameters) throws SQLException {
        Path out = Path.of(DistributionServer.required("test.output.dir"));
        try (Connection c = open(out, new ServerOptions().directoryDb()); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
