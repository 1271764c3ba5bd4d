package jp.houjin.keycloak.testsuite.support;

import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.houjin.keycloak.testsuite.server.AdminApi;
import jp.houjin.keycloak.testsuite.server.DirectoryDatabase;

/**
 * A corporation of its own for a test class (a random 法人ID starting with 7), so its admins, members and their
 * count are the test's alone: created in the business database as the business system would, its accounts through
 * the admin REST API (or, in bulk, in the database), and removed again afterwards.
 */
public final class TestCorporation implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AdminApi admin;
    private final String corporateId;
    private final String internalId;

    private TestCorporation(AdminApi admin, String corporateId, String internalId) {
        this.admin = admin;
        this.corporateId = corporateId;
        this.internalId = internalId;
    }

    public static TestCorporation create(AdminApi admin, String name) throws SQLException {
        String corporateId = "7" + String.format("%07d", RANDOM.nextInt(10_000_000));
        long now = System.currentTimeMillis();
        String id = UUID.randomUUID().toString();
        DirectoryDatabase.update("insert into corporation (id, corporate_id, name, status, created_at, updated_at)"
                + " values (?, ?, ?, 'ACTIVE', ?, ?)", id, corporateId, name, now, now);
        // Its メイングループ, as the directory makes it: the corporation's id, named like the corporation.
        DirectoryDatabase.update("insert into corporate_group (id, corporation_id, parent_id, name, path, created_at,"
                + " updated_at) values (?, ?, null, ?, ?, ?, ?)", id, id, name, "/" + id + "/", now, now);
        return new TestCorporation(admin, corporateId, id);
    }

    public String id() {
        return corporateId;
    }

    /** The id of the corporation's メイングループ (the corporation's internal id). */
    public String mainGroup() {
        return internalId;
    }

    /** A サブグループ under {@code parentId} (its id; the メイングループ's is {@link #mainGroup()}), as the directory stores it. */
    public String addGroup(String name, String parentId) throws SQLException {
        String id = UUID.randomUUID().toString();
        long now = System.currentTimeMillis();
        DirectoryDatabase.update("insert into corporate_group (id, corporation_id, parent_id, name, path, created_at,"
                + " updated_at) select ?, corporation_id, id, ?, concat(path, ?), ?, ? from corporate_group where id = ?",
                id, name, id + "/", now, now, parentId);
        return id;
    }

    /** Puts the user into the group (its id). */
    public void putInGroup(String userId, String groupId) throws SQLException {
        setColumn(userId, "group_id", groupId);
    }

    /** {@code <法人ID>:<userId>}. */
    public String username(String userId) {
        return corporateId + ":" + userId;
    }

    /** An account with names, optional email, role (user / admin) and a password; its Keycloak id. */
    public String addUser(String userId, String email, String lastName, String firstName, String role, String password) {
        Map<String, Object> account = RealmAdmin.account(username(userId), email);
        account.put("lastName", lastName);
        account.put("firstName", firstName);
        account.put("attributes", Map.of("corporateRole", List.of(role)));
        return RealmAdmin.createUser(admin, new HashMap<>(account), password, false);
    }

    /** Members without password, straight into the business database (the list's paging needs many). */
    public void addMembersInBulk(String prefix, int count) throws SQLException {
        for (int i = 1; i <= count; i++) {
            String userId = String.format("%s%02d", prefix, i);
            long now = System.currentTimeMillis();
            DirectoryDatabase.update("insert into corporate_user (id, corporation_id, group_id, user_id, user_id_key,"
                    + " family_name, given_name, kana_family_name, kana_given_name, role, status, created_at, updated_at)"
                    + " select ?, c.id, c.id, ?, ?, ?, ?, ?, ?, 'USER', 'ACTIVE', ?, ? from corporation c"
                    + " where c.corporate_id = ?",
                    UUID.randomUUID().toString(), userId, userId, "一括", "太郎" + i, "イッカツ", "タロウ", now, now, corporateId);
        }
    }

    /** Sets a column of one user in the business database, as another system of the company would. */
    public void setColumn(String userId, String column, String value) throws SQLException {
        DirectoryDatabase.update("update corporate_user set " + column + " = ? where user_id_key = ? and corporation_id ="
                + " (select id from corporation where corporate_id = ?)", value, userId.toLowerCase(), corporateId);
    }

    /** Deletes every account (through Keycloak, so sessions and links go too), then the corporation. */
    @Override
    public void close() throws SQLException {
        admin.get(RealmAdmin.REALM + "/users?max=1000&search=" + corporateId + ":*").forEach(u -> {
            if (u.path("username").asText().startsWith(corporateId + ":")) {
                RealmAdmin.deleteUser(admin, u.get("id").asText());
            }
        });
        DirectoryDatabase.deleteCorporation(corporateId);
    }
}
