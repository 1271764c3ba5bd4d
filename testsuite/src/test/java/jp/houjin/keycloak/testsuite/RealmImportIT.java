package jp.houjin.keycloak.testsuite;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jp.houjin.keycloak.testsuite.server.AdminApi;
import jp.houjin.keycloak.testsuite.server.RealKeycloak;
import org.junit.jupiter.api.Test;

@RealKeycloak
class RealmImportIT {

    @Test
    void givenRealmConfigThenPartnerPortalIsImportedWithItsSettings(AdminApi admin) {
        JsonNode realm = admin.get("/realms/partner-portal");
        assertThat(realm.get("enabled").asBoolean()).isTrue();
        assertThat(realm.get("loginTheme").asText()).isEqualTo("partner-portal");
        assertThat(realm.get("defaultLocale").asText()).isEqualTo("ja");
        assertThat(realm.get("supportedLocales")).extracting(JsonNode::asText).containsExactlyInAnyOrder("ja", "en");
        assertThat(realm.get("bruteForceProtected").asBoolean()).isTrue();
        assertThat(realm.get("passwordPolicy").asText()).startsWith("houjin-password-rules(");
    }

    @Test
    void givenRealmConfigThenKeycloaksOwnRequiredActionsStayNextToOurs(AdminApi admin) {
        JsonNode actions = admin.get("/realms/partner-portal/authentication/required-actions");
        assertThat(actions).filteredOn(a -> a.get("enabled").asBoolean()).extracting(a -> a.get("alias").asText())
                .contains("UPDATE_PASSWORD", "VERIFY_EMAIL", "CONFIGURE_TOTP", "VERIFY_PROFILE", "houjin-profile-completion");
    }

    @Test
    void givenTheJarThenThePartnerPortalThemeIsSelectable(AdminApi admin) {
        JsonNode themes = admin.get("/serverinfo").get("themes");
        assertThat(themes.get("login")).anySatisfy(t -> {
            assertThat(t.get("name").asText()).isEqualTo("partner-portal");
            assertThat(t.get("locales")).extracting(JsonNode::asText).contains("ja", "en");
        });
        assertThat(themes.get("email")).anySatisfy(t -> assertThat(t.get("name").asText()).isEqualTo("partner-portal"));
    }
}
