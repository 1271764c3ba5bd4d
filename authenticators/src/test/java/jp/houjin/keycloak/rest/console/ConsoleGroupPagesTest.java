package jp.houjin.keycloak.rest.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jp.houjin.keycloak.staff.StaffGroup;
import org.junit.jupiter.api.Test;

class ConsoleGroupPagesTest {

    private static StaffGroup g(String id, int level) {
        return new StaffGroup(id, id, null, level == 0, level, 0);
    }

    @Test
    void givenAGroupThenItMayMoveAnywhereButUnderItselfOrBelowItself() {
        List<StaffGroup> tree = List.of(g("main", 0), g("acc", 1), g("sales", 1), g("s1", 2), g("s11", 3), g("s2", 2),
                g("general", 1));
        assertThat(ConsoleGroupPages.moveTargets(tree, "sales")).extracting(StaffGroup::id)
                .containsExactly("main", "acc", "general");
        assertThat(ConsoleGroupPages.moveTargets(tree, "s1")).extracting(StaffGroup::id)
                .containsExactly("main", "acc", "sales", "s2", "general");
    }
}
