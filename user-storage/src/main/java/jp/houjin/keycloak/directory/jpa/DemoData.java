package jp.houjin.keycloak.directory.jpa;

import jp.houjin.keycloak.directory.model.Corporation;
import jp.houjin.keycloak.directory.model.CorporateGroup;
import jp.houjin.keycloak.directory.model.CorporateUser;
import jp.houjin.keycloak.directory.password.PasswordHasher;
import org.jboss.logging.Logger;
import org.keycloak.models.PasswordPolicy;

/**
 * The demo directory of DESIGN.md, loaded once into an empty directory when
 * {@code --spi-corporate-directory--jpa--demo-data=true}. Never enable it on a production database.
 */
final class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    private DemoData() {
    }

    static void seedIfEmpty(JpaCorporateDirectory directory) {
        if (directory.findCorporation("00000001").isPresent()) {
            return;
        }
        Corporation times = corporation(directory, "00000001", "タイムズ商事株式会社", "7123456789012");
        directory.setBankAccount(times, "1234567");
        directory.setAccessKey(times, "31415926");
        CorporateGroup timesMain = directory.mainGroup(times);
        CorporateGroup sales = directory.createGroup(timesMain, "営業部");
        CorporateGroup salesFirst = directory.createGroup(sales, "営業一課");
        CorporateGroup general = directory.createGroup(timesMain, "総務部");
        CorporateGroup accounting = directory.createGroup(timesMain, "経理部");
        user(directory, times, "times_user001", "times_user001@example.jp", "タイムズ", "太郎", "タイムズ", "タロウ",
                sales, CorporateUser.Role.USER, "Times#Pass2026");
        user(directory, times, "times_admin", "times_admin@example.jp", "管理", "花子", "カンリ", "ハナコ", general,
                CorporateUser.Role.ADMIN, "Admin#Pass2026");
        // グループ管理者 of 営業部: manages 営業部 and 営業一課, nobody else.
        user(directory, times, "sales_leader", "sales_leader@example.jp", "営業", "五月", "エイギョウ", "サツキ", sales,
                CorporateUser.Role.GROUP_ADMIN, "Leader#Pass2026");
        user(directory, times, "sales_first001", null, "一課", "一美", "イッカ", "カズミ", salesFirst,
                CorporateUser.Role.USER, "First#Pass2026");
        user(directory, times, "no_email_user", null, "無名", "次郎", "ムメイ", "ジロウ", sales,
                CorporateUser.Role.USER, "NoMail#Pass2026");
        CorporateUser suspended = user(directory, times, "suspended_user", "suspended@example.jp", "停止", "三郎",
                "テイシ", "サブロウ", sales, CorporateUser.Role.USER, "Suspend#Pass2026");
        suspended.setStatus(CorporateUser.Status.LOGIN_SUSPENDED);
        CorporateUser legacy = user(directory, times, "legacy_user", "legacy@example.jp", "旧", "四郎", "キュウ",
                "シロウ", accounting, CorporateUser.Role.USER, "Legacy#Pass2026");
        // As imported from the previous system: a bcrypt hash, re-hashed under the realm's policy at the first sign-in.
        legacy.setPasswordHash(PasswordHasher.bcrypt("Legacy#Pass2026", 10));

        Corporation second = corporation(directory, "00000002", "第二パートナー株式会社", "4011001098993");
        directory.setBankAccount(second, "7654321");
        directory.setAccessKey(second, "27182818");
        CorporateGroup secondHead = directory.createGroup(directory.mainGroup(second), "本社");
        user(directory, second, "times_user001", "user001@second.example.jp", "二番", "一郎", "ニバン", "イチロウ",
                secondHead, CorporateUser.Role.USER, "Second#Pass2026");

        // Kept for the lockout test; nothing else signs in with it.
        user(directory, second, "locktest_user", null, "施錠", "七郎", "セジョウ", "シチロウ", secondHead,
                CorporateUser.Role.USER, "Lock#Pass2026");

        Corporation restricted = corporation(directory, "00000003", "アイピー制限株式会社", null);
        user(directory, restricted, "ip_user001", "ip_user001@example.jp", "制限", "五郎", "セイゲン", "ゴロウ",
                directory.createGroup(directory.mainGroup(restricted), "情報システム部"), CorporateUser.Role.USER, "IpOnly#Pass2026");

        // Only the office network; the demo and the tests sign in from elsewhere (loopback) and are refused.
        directory.replaceIpAllowList(restricted, java.util.List.of("203.0.113.0/24", "2001:db8::/32"));

        Corporation suspendedCorp = corporation(directory, "00000009", "契約停止株式会社", null);
        suspendedCorp.setStatus(Corporation.Status.SUSPENDED);
        user(directory, suspendedCorp, "paused_user", "paused@example.jp", "休止", "六郎", "キュウシ", "ロクロウ",
                directory.mainGroup(suspendedCorp), CorporateUser.Role.USER, "Paused#Pass2026");
        LOG.info("Loaded the demo corporate directory (corporations 00000001, 00000002, 00000003, 00000009)");
    }

    private static Corporation corporation(JpaCorporateDirectory directory, String id, String name, String number) {
        Corporation c = directory.createCorporation(id, name);
        c.setCorporateNumber(number);
        return c;
    }

    private static CorporateUser user(JpaCorporateDirectory directory, Corporation corporation,
            String userId, String email, String family, String given, String kanaFamily, String kanaGiven, CorporateGroup group,
            CorporateUser.Role role, String password) {
        CorporateUser u = directory.createUser(corporation, userId);
        u.setEmail(email);
        u.setFamilyName(family);
        u.setGivenName(given);
        u.setKanaFamilyName(kanaFamily);
        u.setKanaGivenName(kanaGiven);
        u.setGroup(group);
        u.setRole(role);
        // No realm exists yet when the demo data is loaded: Keycloak's default hashing (Argon2); a realm whose policy
        // says otherwise re-hashes at the first sign-in.
        directory.setPassword(PasswordPolicy.empty(), u, password);
        return u;
    }
}
