package org.gridgov.rules.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.rules.pack.TestPacks.load;
import static org.gridgov.rules.pack.TestPacks.loaded;
import static org.gridgov.rules.pack.TestPacks.write;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gridgov.engine.GovernanceSettings;
import org.gridgov.issue.ChannelId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A procedure for a channel the city lacks could never apply: checked against a city, it is a located warning. */
class ProceduresForUnknownChannelsAreReportedTest {
    @TempDir
    Path dir;

    private CompiledPack pack() {
        write(dir, "pack.yaml", """
                id: channels
                name: {zh: 测试, en: test}
                version: "1"
                settings:
                  procedures: {deliberation: hotline, "12345热线": hotline}
                """);
        return loaded(load(write(dir, "rules/r.drl", """
                package org.gridgov.packs.channels;
                import org.gridgov.rules.facts.RoutingCase;
                rule "网格" when $c : RoutingCase() then $c.handleAt("grid"); end
                """)));
    }

    @Test
    void aProcedureForAChannelTheCityLacksIsAWarningThatNamesTheSetting() {
        List<PackProblem> problems = new ArrayList<>();
        GovernanceSettings settings = PackProcedures.settings(pack(), PackSource.directory(dir),
                new PackContext(Set.of(), Set.of(), Set.of("deliberation", "hotline-12345")), problems);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.file()).isEqualTo("pack.yaml");
            assertThat(p.message().en()).contains("settings.procedures.12345热线")
                    .contains("the city has no channel '12345热线'").contains("deliberation, hotline-12345");
            assertThat(p.message().zh()).contains("本市没有渠道 12345热线");
        });
        // Kept all the same: the warning says it, nothing is dropped behind the author's back.
        assertThat(settings.byChannel()).containsKey(new ChannelId("12345热线"));
    }

    @Test
    void knownChannelsAndUncheckedContextsGiveNoWarning() {
        List<PackProblem> checked = new ArrayList<>();
        PackProcedures.settings(pack(), PackSource.directory(dir),
                new PackContext(Set.of(), Set.of(), Set.of("deliberation", "12345热线")), checked);
        List<PackProblem> unchecked = new ArrayList<>();
        PackProcedures.settings(pack(), PackSource.directory(dir), unchecked);
        assertThat(checked).isEmpty();
        assertThat(unchecked).isEmpty();
    }
}
