package org.gridgov.rules.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.rules.pack.TestPacks.loaded;
import static org.gridgov.rules.pack.TestPacks.write;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A city pack that switches off (or replaces) a parent's rules for categories it does not have gets no "can never
 * fire" warnings about them: they never run anyway. Rules still active keep their warnings.
 */
class DisabledRulesAreNotLintedTest {
    @TempDir
    Path dir;

    private static final String DRL = """
            package org.gridgov.packs.parent;

            rule "设施归街道"
            when
                $c : RoutingCase( within("facilities") )
            then
                $c.handleAt("street");
            end

            rule "企业归街道"
            when
                $c : RoutingCase( within("enterprise") )
            then
                $c.handleAt("street");
            end
            """;

    private static final String TABLE = """
            RuleSet,org.gridgov.packs.parent,,
            Import,org.gridgov.rules.facts.RoutingCase,,
            ,,,
            RuleTable 按类别,,,
            NAME,CONDITION,ACTION
            ,$c : RoutingCase,
            ,"within(""$param"")","$c.handleAt(""$param"");"
            规则,类别,层级
            公用事业归区,utilities,district
            安全归街道,safety,street
            """;

    private Path family(String childExtra) {
        Path parent = dir.resolve("parent");
        write(parent, "pack.yaml", "id: parent\nname: {zh: 上级, en: parent}\nversion: \"1\"\n");
        write(parent, "rules/a.drl", DRL);
        write(parent, "rules/t.drl.csv", TABLE);
        Path child = dir.resolve("child");
        write(child, "pack.yaml", "id: child\nname: {zh: 下级, en: child}\nversion: \"1\"\nextends: parent\n"
                + "disabledRules: [设施归街道, 公用事业归区]\n");
        if (!childExtra.isEmpty()) {
            write(child, "rules/b.drl", childExtra);
        }
        return child;
    }

    private static List<String> neverFire(CompiledPack pack) {
        return pack.warnings().stream().filter(w -> w.message().en().contains("can never fire"))
                .map(w -> w.file() + ":" + w.line() + w.cell().map(c -> "@" + c).orElse("") + " "
                        + w.message().en()).toList();
    }

    @Test
    void disabledRulesOfDrlAndTablesAreNotWarnedAboutButActiveOnesAre() {
        CompiledPack pack = loaded(TestPacks.LOADER.load(PackSource.directory(family("")),
                new PackContext(Set.of("other"), Set.of())));

        assertThat(neverFire(pack)).containsExactlyInAnyOrder(
                "rules/a.drl:12 this rule can never fire: category enterprise is not in the city profile (its categories: other)",
                "rules/t.drl.csv:0@B10 this rule can never fire: category safety is not in the city profile (its categories: other)");
    }

    @Test
    void anOverriddenRuleIsNotWarnedAboutEither() {
        CompiledPack pack = loaded(TestPacks.LOADER.load(PackSource.directory(family("""
                rule "企业归街道"
                when
                    $c : RoutingCase( within("other") )
                then
                    $c.handleAt("street");
                end
                """)), new PackContext(Set.of("other"), Set.of())));

        assertThat(neverFire(pack)).containsExactly(
                "rules/t.drl.csv:0@B10 this rule can never fire: category safety is not in the city profile (its categories: other)");
    }

    @Test
    void withoutTheChildTheParentsRulesAreAllWarnedAbout() {
        family("");
        CompiledPack pack = loaded(TestPacks.LOADER.load(PackSource.directory(dir.resolve("parent")),
                new PackContext(Set.of("other"), Set.of())));

        assertThat(neverFire(pack)).hasSize(4);
    }
}
