package jp.houjin.keycloak.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StaffFilterTest {

    @Test
    void givenTextAsTypedThenItIsSearchedInItsNormalForm() {
        assertThat(new StaffFilter("  ﾀｲﾑｽﾞ ", null, null).text()).isEqualTo("タイムズ");
        assertThat(new StaffFilter("ＴＩＭＥＳ_User", null, null).text()).isEqualTo("times_user");
    }

    @Test
    void givenBlankTextThenNothingIsSearched() {
        assertThat(new StaffFilter("   ", null, null).text()).isNull();
        assertThat(new StaffFilter(null, null, null)).isEqualTo(StaffFilter.ALL);
    }

    @Test
    void givenOverlongTextThenItIsCut() {
        assertThat(new StaffFilter("a".repeat(500), null, null).text()).hasSize(StaffFilter.MAX_TEXT);
    }
}
