package org.gridgov.rules.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.rules.pack.TestPacks.write;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.engine.GovernanceSettings;
import org.gridgov.issue.ChannelId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Extending a city pack keeps it working: a procedure file an inherited setting names is read from the pack that
 * declares the setting, not looked up in the child's folder; a child that sets it again uses its own file.
 */
class InheritedSettingsReadFilesOfTheDeclaringPackTest {
    @TempDir
    Path dir;

    static final String PROCEDURE = """
            id: %s
            name: {zh: 议事, en: meeting}
            stages:
              - {id: collect, name: {zh: 收集, en: collect}}
              - {id: done, name: {zh: 完成, en: done}}
            transitions:
              - {from: collect, on: resolved, to: done}
            """;

    void parent() {
        write(dir.resolve("city"), "pack.yaml", """
                id: city
                name: {zh: 市, en: city}
                version: "1"
                settings:
                  procedures: {deliberation: procedures/meeting.yaml}
                """);
        write(dir.resolve("city"), "procedures/meeting.yaml", PROCEDURE.formatted("parents-meeting"));
        write(dir.resolve("city"), "rules/r.drl", """
                package org.gridgov.packs.city;
                import org.gridgov.rules.facts.RoutingCase;
                rule "网格" when $c : RoutingCase() then $c.handleAt("grid"); end
                """);
    }

    GovernanceSettings settings(Path child, List<PackProblem> problems) {
        PackLoadResult r = PackLoader.withBuiltIns().load(PackSource.directory(child), PackContext.unchecked());
        assertThat(r).as(r.toString()).isInstanceOf(PackLoadResult.Loaded.class);
        return PackProcedures.settings(((PackLoadResult.Loaded) r).pack(), PackSource.directory(child), problems);
    }

    @Test
    void aFourLinePackThatExtendsACityPackTakesItsProcedureFromTheParentsFolder() {
        parent();
        Path child = write(dir.resolve("mine"), "pack.yaml", """
                id: mine
                name: {zh: 我的, en: mine}
                version: "1"
                extends: city
                """);
        List<PackProblem> problems = new ArrayList<>();
        GovernanceSettings settings = settings(child, problems);
        assertThat(problems).isEmpty();
        assertThat(settings.byChannel().get(new ChannelId("deliberation")).id()).isEqualTo("parents-meeting");
    }

    @Test
    void aChildThatNamesTheSameFileAgainReadsItsOwn() {
        parent();
        Path child = write(dir.resolve("mine"), "pack.yaml", """
                id: mine
                name: {zh: 我的, en: mine}
                version: "1"
                extends: city
                settings:
                  procedures: {deliberation: procedures/meeting.yaml}
                """);
        write(dir.resolve("mine"), "procedures/meeting.yaml", PROCEDURE.formatted("childs-meeting"));
        List<PackProblem> problems = new ArrayList<>();
        assertThat(settings(child, problems).byChannel().get(new ChannelId("deliberation")).id())
                .isEqualTo("childs-meeting");
        assertThat(problems).isEmpty();
    }
}
