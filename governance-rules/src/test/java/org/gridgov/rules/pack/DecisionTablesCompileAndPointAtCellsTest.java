package org.gridgov.rules.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.rules.pack.TestPacks.failed;
import static org.gridgov.rules.pack.TestPacks.fire;
import static org.gridgov.rules.pack.TestPacks.load;
import static org.gridgov.rules.pack.TestPacks.loaded;
import static org.gridgov.rules.pack.TestPacks.routingCase;

import java.nio.file.Path;
import java.util.List;
import org.gridgov.rules.facts.Proposal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decision tables in xlsx and csv: they compile and fire, and every problem names its sheet and cell. */
class DecisionTablesCompileAndPointAtCellsTest {
    @TempDir
    Path dir;

    private Path xlsxPack(String keyword, String... rows) {
        Path p = TestPacks.pack(dir, "sheet", "rules/routing.drl.xlsx", "");
        return TestPacks.write(p, "rules/routing.drl.xlsx",
                Spreadsheets.xlsx("Routing", Spreadsheets.routingTable(keyword, rows)));
    }

    @Test
    void anXlsxTableFires() {
        CompiledPack pack = loaded(load(xlsxPack("CONDITION", "environment|1|community", "environment|3|street")));

        TestPacks.Firing f = fire(pack.kieBase(), routingCase(List.of("garbage", "environment"), "app", 3));

        assertThat(f.rules()).containsExactlyInAnyOrder("org.gridgov.packs.sheet:Routing Routing_6",
                "org.gridgov.packs.sheet:Routing Routing_7"); // Drools prefixes the sheet name in xlsx
        assertThat(f.proposals()).extracting(Proposal::level).containsExactlyInAnyOrder("community", "street");
        assertThat(pack.rules().get("Routing Routing_7").file()).isEqualTo("rules/routing.drl.xlsx");
    }

    @Test
    void aWordInANumberCellOfAnXlsxIsReportedAtItsCell() {
        List<PackProblem> problems = failed(load(xlsxPack("CONDITION", "environment|1|community",
                "environment|two|street")));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("rules/routing.drl.xlsx");
            assertThat(p.sheet()).contains("Routing");
            assertThat(p.cell()).contains("C7");
            assertThat(p.message().zh()).contains("值 \"two\" 不是数字");
        });
    }

    @Test
    void aMisspeltHeaderKeywordIsReportedAtItsCell() {
        List<PackProblem> problems = failed(load(xlsxPack("CONDITON", "environment|1|community")));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.sheet()).contains("Routing");
            assertThat(p.cell()).contains("B2");
            assertThat(p.message().en()).contains("\"CONDITON\"").contains("did you mean CONDITION?");
        });
    }

    @Test
    void aWordInANumberCellOfACsvIsReportedAtItsCell() {
        Path p = TestPacks.pack(dir, "csv", "rules/hotline.drl.csv", """
                RuleTable Hotline,,
                CONDITION,CONDITION,ACTION
                $c : RoutingCase...,$c : RoutingCase...,
                \"channel == \"\"$param\"\"\",severityRank >= $param,\"$c.handleAt(\"\"$param\"\");\"
                渠道,严重度,层级
                hotline,2,district
                app,two,city
                """);

        List<PackProblem> problems = failed(load(p));

        assertThat(problems).singleElement().satisfies(pr -> {
            assertThat(pr.file()).isEqualTo("rules/hotline.drl.csv");
            assertThat(pr.sheet()).contains("hotline");
            assertThat(pr.cell()).contains("B7");
            assertThat(pr.line()).isZero();
        });
    }

    @Test
    void aDroolsErrorInGeneratedRulesIsMappedBackToTheCell() {
        Path p = TestPacks.pack(dir, "free", "rules/free.drl.csv", """
                RuleTable Free,,
                CONDITION,ACTION
                $c : RoutingCase,
                $param,\"$c.handleAt(\"\"$param\"\");\"
                条件,层级
                severityRank >= 3,street
                urgencyScore > 2,district
                """);

        List<PackProblem> problems = failed(load(p));

        assertThat(problems).filteredOn(PackProblem::isError).first().satisfies(pr -> {
            assertThat(pr.file()).isEqualTo("rules/free.drl.csv");
            assertThat(pr.sheet()).contains("free");
            assertThat(pr.cell()).contains("A7");
            assertThat(pr.message().en()).contains("urgencyScore");
        });
    }

    @Test
    void aSpreadsheetNotNamedDrlXlsxIsAnErrorNamingTheRightName() {
        Path p = TestPacks.pack(dir, "named", "rules/routing.xlsx", "");
        TestPacks.write(p, "rules/routing.xlsx", Spreadsheets.xlsx("Routing",
                Spreadsheets.routingTable("CONDITION", "environment|1|community")));

        assertThat(failed(load(p))).singleElement().satisfies(pr -> {
            assertThat(pr.file()).isEqualTo("rules/routing.xlsx");
            assertThat(pr.message().en()).contains("rename it to rules/routing.drl.xlsx");
            assertThat(pr.message().zh()).contains("rules/routing.drl.xlsx");
        });
    }

    @Test
    void aCsvNotNamedDrlCsvIsAnError() {
        Path p = TestPacks.pack(dir, "named", "rules/hotline.csv", "RuleTable X\n");

        assertThat(failed(load(p))).singleElement().satisfies(pr ->
                assertThat(pr.message().en()).contains("rename it to rules/hotline.drl.csv"));
    }
}
