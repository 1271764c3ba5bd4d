package jp.houjin.keycloak;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layout the module READMEs describe, kept true: one package per feature, {@code common} below the features,
 * the HTTP surface ({@code rest}) above them, and no cycles between packages — so a hub cannot grow back.
 */
class ArchitectureTest {

    private static final String[] FEATURES = java.util.stream.Stream.of("login", "invitation", "recovery", "signup",
            "certificate", "ipaccess", "profile", "link", "password", "lockout", "door", "registration", "staff", "corporation", "token")
            .map(feature -> "jp.houjin.keycloak." + feature + "..").toArray(String[]::new);

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("jp.houjin.keycloak");
    }

    @Test
    void givenTheFeaturePackagesThenNoneDependsInACycle() {
        slices().matching("jp.houjin.keycloak.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void givenCommonThenItKnowsNoFeatureAndNoResource() {
        String[] above = java.util.stream.Stream.concat(java.util.Arrays.stream(FEATURES), java.util.stream.Stream.of("jp.houjin.keycloak.rest.."))
                .toArray(String[]::new);
        noClasses().that().resideInAPackage("jp.houjin.keycloak.common..").should().dependOnClassesThat()
                .resideInAnyPackage(above).check(classes);
    }

    @Test
    void givenAFeatureThenItDoesNotReachUpIntoTheHttpSurface() {
        noClasses().that().resideInAnyPackage(FEATURES).should().dependOnClassesThat()
                .resideInAPackage("jp.houjin.keycloak.rest..").check(classes);
    }

    @Test
    void givenTheDirectoryThenItKnowsNothingOfTheAuthenticators() {
        noClasses().that().resideInAPackage("jp.houjin.keycloak.directory..").should().dependOnClassesThat()
                .resideInAnyPackage(java.util.stream.Stream.concat(java.util.Arrays.stream(FEATURES),
                        java.util.stream.Stream.of("jp.houjin.keycloak.rest..", "jp.houjin.keycloak.common..")).toArray(String[]::new))
                .check(classes);
    }
}
