package org.gridgov.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Guards the architecture of governance-core: no rule engine, no presentation, no package cycles, every package
 * documented.
 */
class CoreArchitectureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.gridgov");

    @Test
    void coreDependsOnNoRuleEngine() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.kie..", "org.drools..", "org.mvel2..")
                .because("the core knows no rule engine; governance-rules implements its policies with Drools")
                .check(CORE);
    }

    @Test
    void droolsIsNotEvenOnTheCoreClasspath() {
        // ArchUnit sees only what core's classes reference; this also catches a dependency added to the POM.
        assertThatThrownBy(() -> Class.forName("org.kie.api.KieServices")).isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("org.drools.core.common.InternalAgenda"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void presentationIsNotInTheCore() {
        // The HTML, JSON and CSV writers and Chart.js live in governance-report; core keeps the report's data.
        assertThatThrownBy(() -> Class.forName("org.gridgov.report.writer.ReportWriter"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThat(getClass().getClassLoader().getResource("META-INF/resources/webjars/chart.js")).isNull();
        noClasses().that().resideInAPackage("org.gridgov.report..").should().haveSimpleNameEndingWith("Writer")
                .because("writing reports out is presentation, governance-report's").check(CORE);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.gridgov.(*)..").should().beFreeOfCycles().check(CORE);
    }

    @Test
    void theModelReadsNoWallClock() {
        noClasses().should().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .because("time is an input: callers pass a Clock or an instant")
                .check(CORE);
    }

    @Test
    void everyPackageHasAPackageInfo() {
        Set<String> packages = new TreeSet<>();
        CORE.forEach(c -> packages.add(c.getPackageName()));
        for (String p : packages) {
            assertThat(getClass().getClassLoader().getResource(p.replace('.', '/') + "/package-info.class"))
                    .as("package %s has a package-info.java", p).isNotNull();
        }
        assertThat(packages).isNotEmpty();
    }
}
