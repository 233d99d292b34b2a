package org.gridgov.rules.firing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.gridgov.rules.facts.RoutingCase;
import org.gridgov.rules.pack.PackContext;
import org.gridgov.rules.pack.PackLoadResult;
import org.gridgov.rules.pack.PackLoader;
import org.gridgov.rules.pack.PackSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;

/** Pooled and batched firing gives each case what a fresh session gives it, whatever the rules' attributes. */
class SessionPoolKeepsFreshSessionSemanticsTest {

    static KieBase compile(Path dir, String drl) throws Exception {
        Files.createDirectories(dir.resolve("rules"));
        Files.writeString(dir.resolve("pack.yaml"), "id: p\nname: {zh: 测, en: p}\nversion: \"1\"\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("rules/r.drl"), "package org.gridgov.packs.p;\n"
                + "import org.gridgov.rules.facts.RoutingCase;\n" + drl, StandardCharsets.UTF_8);
        PackLoadResult r = PackLoader.withBuiltIns().load(PackSource.directory(dir), PackContext.unchecked());
        assertThat(r).as(r.problems().toString()).isInstanceOf(PackLoadResult.Loaded.class);
        return r.orElseThrow().kieBase();
    }

    static RoutingCase fact(String id) {
        return new RoutingCase(id, List.of("environment"), "hotline", "low", 1, List.of("G1", "C"),
                List.of("grid", "city"), Set.of(), 0);
    }

    @Test
    void anActivationGroupActsPerCaseNotAcrossTheBatch(@TempDir Path dir) throws Exception {
        KieBase kb = compile(dir, """
                rule "甲" activation-group "one" when $c : RoutingCase() then $c.handleAt("grid"); end
                rule "乙" activation-group "one" when $c : RoutingCase() then $c.handleAt("city"); end
                """);
        assertThat(SessionPool.actsAcrossFirings(kb)).isTrue();
        List<List<Firing>> all = new SessionPool(kb).fireAll(List.of(fact("a"), fact("b"), fact("c")));
        // In one shared session the group would let one rule fire for one case only.
        assertThat(all).hasSize(3).allSatisfy(firings -> assertThat(firings).hasSize(1));
    }

    @Test
    void plainRulesAreBatchedAndEachCaseGetsItsOwnFirings(@TempDir Path dir) throws Exception {
        KieBase kb = compile(dir, """
                rule "甲" when $c : RoutingCase() then $c.handleAt("grid"); end
                rule "乙" when $c : RoutingCase( issueId == "b" ) then $c.atLeast("city"); end
                """);
        assertThat(SessionPool.actsAcrossFirings(kb)).isFalse();
        SessionPool pool = new SessionPool(kb);
        for (int round = 0; round < 2; round++) { // the second round reuses the session
            List<List<Firing>> all = pool.fireAll(List.of(fact("a"), fact("b")));
            assertThat(all.get(0)).extracting(Firing::rule).containsExactly("甲");
            assertThat(all.get(1)).extracting(Firing::rule).containsExactlyInAnyOrder("甲", "乙");
        }
    }

    @Test
    void aClosedPoolDisposesOfItsSessionsAndStillFires(@TempDir Path dir) throws Exception {
        KieBase kb = compile(dir, """
                rule "甲" when $c : RoutingCase() then $c.handleAt("grid"); end
                """);
        SessionPool pool = new SessionPool(kb);
        pool.fire(fact("a"));
        assertThat(kb.getKieSessions()).hasSize(1); // kept, idle, for the next case
        pool.close();
        assertThat(kb.getKieSessions()).isEmpty();
        assertThat(pool.fire(fact("b"))).extracting(Firing::rule).containsExactly("甲");
        assertThat(kb.getKieSessions()).isEmpty(); // used once, then disposed of
    }
}
