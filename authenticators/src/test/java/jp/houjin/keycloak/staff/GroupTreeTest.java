package jp.houjin.keycloak.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class GroupTreeTest {

    private static StaffGroup g(String id, String name, String parent) {
        return new StaffGroup(id, name, parent, parent == null, 0, 0);
    }

    @Test
    void givenGroupsInAnyOrderThenEachIsFollowedByItsSubGroupsSortedByName() {
        List<StaffGroup> ordered = GroupTree.order(List.of(g("s1", "営業一課", "sales"), g("acc", "経理部", "main"),
                g("main", "本社", null), g("sales", "営業部", "main"), g("s2", "営業二課", "sales"), g("s11", "東京", "s1")));
        assertThat(ordered).extracting(StaffGroup::id).containsExactly("main", "sales", "s1", "s11", "s2", "acc");
        assertThat(ordered).extracting(StaffGroup::level).containsExactly(0, 1, 2, 3, 2, 1);
    }

    @Test
    void givenAGroupAdminsPartOfTheTreeThenItsTopIsLevelZero() {
        List<StaffGroup> ordered = GroupTree.order(List.of(g("s2", "営業二課", "sales"), g("sales", "営業部", "main"),
                g("s1", "営業一課", "sales")));
        assertThat(ordered).extracting(StaffGroup::id).containsExactly("sales", "s1", "s2");
        assertThat(ordered).extracting(StaffGroup::level).containsExactly(0, 1, 1);
    }
}
