package org.gridgov.rules.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Guards the layout of governance-rules: the routing, escalation and evaluation policies import none of each
 * other (what they share lives in runtime, firing, facts and pack), the packages have no cycles, and the library
 * carries no test framework (the test kit is governance-test).
 */
class RulesArchitectureTest {
    private static final JavaClasses RULES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.gridgov");
    private static final List<String> AREAS = List.of("routing", "escalation", "evaluation");

    @Test
    void policyAreasImportNoneOfEachOther() {
        for (String area : AREAS) {
            for (String other : AREAS) {
                if (!area.equals(other)) {
                    noClasses().that().resideInAPackage("org.gridgov.rules." + area + "..")
                            .should().dependOnClassesThat().resideInAPackage("org.gridgov.rules." + other + "..")
                            .because("each policy area stands alone; shared code lives in org.gridgov.rules.runtime")
                            .check(RULES);
                }
            }
        }
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.gridgov.rules.(*)..").should().beFreeOfCycles().check(RULES);
    }

    @Test
    void theLibraryCarriesNoTestFramework() {
        noClasses().that().resideInAPackage("org.gridgov..")
                .should().dependOnClassesThat().resideInAnyPackage("org.junit..", "net.jqwik..")
                .because("the policy test kit is its own artifact, governance-test")
                .check(RULES);
    }
}
