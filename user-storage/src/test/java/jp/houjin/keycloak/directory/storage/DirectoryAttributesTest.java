package jp.houjin.keycloak.directory.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DirectoryAttributesTest {

    @Test
    void givenACorporateIdAndUserIdThenTheUsernameIsQualifiedAndLowerCase() {
        assertThat(DirectoryAttributes.username("00000001", "Times_User001")).isEqualTo("00000001:times_user001");
    }

    @Test
    void givenUsernamesThenOnlyQualifiedOnesParse() {
        assertThat(DirectoryAttributes.parseUsername("00000002:times_user001"))
                .contains(new DirectoryAttributes.QualifiedUserId("00000002", "times_user001"));
        assertThat(DirectoryAttributes.parseUsername("individual@example.jp")).isEmpty();
        assertThat(DirectoryAttributes.parseUsername("0000001:x")).isEmpty();
        assertThat(DirectoryAttributes.parseUsername(null)).isEmpty();
    }
}
