package jp.houjin.keycloak.directory.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.core.H2Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.Test;

/**
 * Migration 10 on a real database (in-memory H2; the CI's PostgreSQL run applies the same plain SQL at server start):
 * a directory as it was before groups — free-text group names — becomes one メイングループ per corporation with a
 * サブグループ per distinct (trimmed) name, and every user in exactly one group.
 */
class GroupMigrationTest {

    private static final int BEFORE_GROUPS = 9;

    @Test
    @SuppressWarnings("deprecation")
    void givenFreeTextGroupNamesThenEachBecomesASubgroupOfTheCorporationsMainGroup() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:groups-migration;DB_CLOSE_DELAY=-1", "sa", "")) {
            Database database = new H2Database();
            database.setConnection(new JdbcConnection(c));
            database.setDatabaseChangeLogTableName("HOUJIN_DIRECTORY_CHANGELOG");
            database.setDatabaseChangeLogLockTableName("HOUJIN_DIRECTORY_CHANGELOG_LOCK");
            Liquibase liquibase = new Liquibase(DirectorySchema.CHANGELOG,
                    new ClassLoaderResourceAccessor(getClass().getClassLoader()), database);
            liquibase.update(BEFORE_GROUPS, new Contexts(), new LabelExpression());

            corporation(c, "c1", "00000001", "一番株式会社");
            corporation(c, "c2", "00000002", "二番株式会社");
            user(c, "u1", "c1", "sales1", "営業部");
            user(c, "u2", "c1", "sales2", " 営業部 ");
            user(c, "u3", "c1", "none1", null);
            user(c, "u4", "c1", "none2", "  ");
            user(c, "u5", "c1", "accounting", "経理部");
            user(c, "u6", "c2", "sales", "営業部");
            user(c, "u7", "c2", "none", "");

            liquibase.update(new Contexts(), new LabelExpression());

            assertThat(rows(c, "select g.name, g.parent_id, g.path from corporate_group g where g.corporation_id = 'c1'"
                    + " order by g.path")).containsExactlyInAnyOrder(
                    "一番株式会社 null /c1/", "営業部 c1 /c1/u1/", "経理部 c1 /c1/u5/");
            assertThat(rows(c, "select g.name, g.parent_id, g.path from corporate_group g where g.corporation_id = 'c2'"
                    + " order by g.path")).containsExactlyInAnyOrder("二番株式会社 null /c2/", "営業部 c2 /c2/u6/");
            assertThat(rows(c, "select u.user_id, g.name from corporate_user u join corporate_group g on g.id = u.group_id"
                    + " order by u.id")).containsExactly("sales1 営業部", "sales2 営業部", "none1 一番株式会社",
                    "none2 一番株式会社", "accounting 経理部", "sales 営業部", "none 二番株式会社");
            assertThat(rows(c, "select count(*) from corporate_user u join corporate_group g on g.id = u.group_id"
                    + " where g.corporation_id <> u.corporation_id")).containsExactly("0");
            assertThat(columns(c, "CORPORATE_USER")).contains("GROUP_ID").doesNotContain("GROUP_NAME");
        }
    }

    private static void corporation(Connection c, String id, String corporateId, String name) throws SQLException {
        update(c, "insert into corporation (id, corporate_id, name, status, created_at, updated_at)"
                + " values (?, ?, ?, 'ACTIVE', 1, 1)", id, corporateId, name);
    }

    private static void user(Connection c, String id, String corporation, String userId, String group) throws SQLException {
        update(c, "insert into corporate_user (id, corporation_id, user_id, user_id_key, group_name, role, status,"
                + " created_at, updated_at) values (?, ?, ?, ?, ?, 'USER', 'ACTIVE', 1, 1)", id, corporation, userId,
                userId, group);
    }

    private static void update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            ps.executeUpdate();
        }
    }

    private static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    cells.add(String.valueOf(rs.getString(i)));
                }
                rows.add(String.join(" ", cells));
            }
        }
        return rows;
    }

    private static List<String> columns(Connection c, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getColumns(null, null, table, null)) {
            while (rs.next()) {
                names.add(rs.getString("COLUMN_NAME"));
            }
        }
        return names;
    }
}
