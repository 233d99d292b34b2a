package org.gridgov.rules.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Evaluation weights are keyed by metric: a key that names none is an error at its pack.yaml line. */
class EvaluationWeightsNameMetricsTest {
    @TempDir
    Path dir;

    private PackLoadResult load(String evaluation) throws Exception {
        Files.createDirectories(dir.resolve("rules"));
        Files.writeString(dir.resolve("pack.yaml"), "id: w\nname: {zh: 权重, en: weights}\nversion: \"1\"\n"
                + "settings:\n  evaluation:\n" + evaluation, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("rules/r.drl"), "package org.gridgov.packs.w;\n"
                + "import org.gridgov.rules.facts.RoutingCase;\n"
                + "rule \"网格\" when $c : RoutingCase() then $c.handleAt(\"grid\"); end\n", StandardCharsets.UTF_8);
        return PackLoader.withBuiltIns().load(PackSource.directory(dir), PackContext.unchecked());
    }

    @Test
    void aMisspelledMetricIsAnErrorAtItsLineNamingTheMetrics() throws Exception {
        PackLoadResult r = load("    weights:\n      response: 0.5\n      satisfacton: 0.5\n"
                + "    departmentWeights:\n      punctuality: 1\n");
        assertThat(r).isInstanceOf(PackLoadResult.Failed.class);
        assertThat(r.problems()).filteredOn(PackProblem::isError)
                .extracting(PackProblem::file, PackProblem::line)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("pack.yaml", 8),
                        org.assertj.core.groups.Tuple.tuple("pack.yaml", 10));
        assertThat(r.problems()).filteredOn(PackProblem::isError).first().satisfies(p -> {
            assertThat(p.message().en()).contains("there is no metric 'satisfacton'").contains("satisfaction");
            assertThat(p.message().zh()).contains("没有名为 satisfacton 的指标");
        });
    }

    @Test
    void weightsNamingMetricsLoad() throws Exception {
        PackLoadResult r = load("    weights:\n      response: 0.5\n      satisfaction: 0.5\n"
                + "    departmentWeights:\n      reportInPunctuality: 1\n");
        assertThat(r).isInstanceOf(PackLoadResult.Loaded.class);
    }
}
