package jp.houjin.keycloak.staff;

import static org.assertj.core.api.Assertions.assertThat;

import jp.houjin.keycloak.directory.StaffFilter;
import jp.houjin.keycloak.directory.model.CorporateGroup;
import jp.houjin.keycloak.directory.model.CorporateUser;
import jp.houjin.keycloak.directory.model.Corporation;
import org.junit.jupiter.api.Test;

class StaffScopeTest {

    private final Corporation corporation = corporation("c1");
    private final CorporateGroup main = group(corporation, "c1", null);
    private final CorporateGroup sales = group(corporation, "sales", main);
    private final CorporateGroup salesFirst = group(corporation, "sales1", sales);
    private final CorporateGroup accounting = group(corporation, "acc", main);

    private static Corporation corporation(String id) {
        Corporation c = new Corporation();
        c.setId(id);
        c.setStatus(Corporation.Status.ACTIVE);
        return c;
    }

    private static CorporateGroup group(Corporation corporation, String id, CorporateGroup parent) {
        CorporateGroup g = new CorporateGroup();
        g.setId(id);
        g.setCorporation(corporation);
        g.placeUnder(parent);
        return g;
    }

    private static CorporateUser user(String id, CorporateGroup group, CorporateUser.Role role) {
        CorporateUser u = new CorporateUser();
        u.setId(id);
        u.setCorporation(group.getCorporation());
        u.setGroup(group);
        u.setRole(role);
        u.setStatus(CorporateUser.Status.ACTIVE);
        return u;
    }

    @Test
    void givenAGroupAdminThenTheirGroupAndWhatLiesBelowItIsTheScope() {
        StaffScope scope = StaffScope.of(user("leader", sales, CorporateUser.Role.GROUP_ADMIN));
        assertThat(scope.corporateAdmin()).isFalse();
        assertThat(scope.contains(user("a", sales, CorporateUser.Role.USER))).isTrue();
        assertThat(scope.contains(user("b", salesFirst, CorporateUser.Role.USER))).isTrue();
        assertThat(scope.contains(user("c", accounting, CorporateUser.Role.USER))).isFalse();
        assertThat(scope.contains(user("d", main, CorporateUser.Role.USER))).isFalse();
        assertThat(scope.contains(user("e", group(corporation("c2"), "c2", null), CorporateUser.Role.USER))).isFalse();
        assertThat(scope.manages(sales)).as("their own group is not theirs to rename, move or delete").isFalse();
        assertThat(scope.manages(salesFirst)).isTrue();
        assertThat(scope.narrow(StaffFilter.ALL).within()).isSameAs(sales);
    }

    @Test
    void givenACorporateAdminThenTheWholeCorporationIsTheScope() {
        StaffScope scope = StaffScope.of(user("boss", accounting, CorporateUser.Role.ADMIN));
        assertThat(scope.corporateAdmin()).isTrue();
        assertThat(scope.contains(user("a", salesFirst, CorporateUser.Role.USER))).isTrue();
        assertThat(scope.manages(main)).isTrue();
        assertThat(scope.contains(user("e", group(corporation("c2"), "c2", null), CorporateUser.Role.USER))).isFalse();
        assertThat(scope.narrow(null).within()).isNull();
    }

    @Test
    void givenAMemberOrASuspendedAdminThenThereIsNoScope() {
        assertThat(StaffScope.of(user("m", sales, CorporateUser.Role.USER))).isNull();
        CorporateUser suspended = user("s", sales, CorporateUser.Role.GROUP_ADMIN);
        suspended.setStatus(CorporateUser.Status.LOGIN_SUSPENDED);
        assertThat(StaffScope.of(suspended)).isNull();
    }

    @Test
    void givenGroupNamesThenBlankControlAndTooLongAreRefused() {
        assertThat(StaffGroups.name("  営業部 ")).isEqualTo("営業部");
        assertThat(StaffGroups.name("<b>R&D</b>")).as("markup is text, shown escaped").isEqualTo("<b>R&D</b>");
        for (String bad : new String[] {null, "  ", "a\u0007b", "あ".repeat(CorporateGroup.MAX_NAME + 1)}) {
            try {
                StaffGroups.name(bad);
                org.assertj.core.api.Assertions.fail("accepted: " + bad);
            } catch (StaffRefusal refused) {
                assertThat(refused.reason()).isEqualTo(StaffRefusal.Reason.INVALID_INPUT);
                assertThat(refused.fieldErrors()).containsKey("name");
            }
        }
    }
}
