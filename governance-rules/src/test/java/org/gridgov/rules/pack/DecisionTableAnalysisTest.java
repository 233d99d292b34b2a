package org.gridgov.rules.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionTableAnalysisTest {

    @Test
    void overlappingRowsWithDifferentOutcomesAndUncoveredCombinationsAreFound(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("pack.yaml"), "id: t\nname: {zh: 测试, en: test}\nversion: \"1\"\n");
        Files.createDirectories(dir.resolve("rules"));
        Files.writeString(dir.resolve("rules/route.drl.csv"), String.join("\n",
                "RuleSet,org.gridgov.packs.t,,",
                "Import,org.gridgov.rules.facts.RoutingCase,,",
                ",,,",
                "RuleTable 派单,,,",
                "CONDITION,CONDITION,ACTION,",
                "$c : RoutingCase,,,",
                "\"within(\"\"$param\"\")\",severityRank == $param,\"$c.handleAt(\"\"$param\"\");\",",
                "类别,严重程度,层级,",
                "environment,1,grid,",
                "environment,1,community,",
                "environment,2,street,",
                "disputes,1,community,",
                ""), StandardCharsets.UTF_8);
        List<PackProblem> findings = DecisionTableAnalysis.analyze(PackSource.directory(dir));
        assertThat(findings).allMatch(p -> p.severity() == PackProblem.Severity.WARNING);
        assertThat(findings).anySatisfy(p -> {
            assertThat(p.cell()).contains("A10");
            assertThat(p.describe(Locale.ENGLISH)).contains("rows 9 and 10 overlap");
        });
        assertThat(findings).anySatisfy(p -> assertThat(p.message().en()).contains("[disputes, 2]"));
        assertThat(findings).hasSize(2);
    }

    @Test
    void theBasePacksTableHasNoOverlapsAndNothingUncovered() {
        assertThat(DecisionTableAnalysis.analyze(PackSource.classpath(getClass().getClassLoader(),
                "org/gridgov/rules/packs/base/"))).isEmpty();
    }
}
