package org.gridgov.rules.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.rules.pack.TestPacks.load;
import static org.gridgov.rules.pack.TestPacks.loaded;
import static org.gridgov.rules.pack.TestPacks.pack;
import static org.gridgov.rules.pack.TestPacks.write;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 25, defect 7: a rule or setting naming an organization type, role, level, layer or channel the city
 * lacks validated with no warning and silently placed nothing at run time; each is now a warning at its line.
 */
class NamesTheCityLacksAreReportedTest {
    private static final PackContext CITY = new PackContext(Set.of("environment"),
            Set.of("grid", "community", "street", "district"), Set.of("hotline"),
            Set.of("street-office", "residents-committee"), Set.of("grid-leader"), Set.of("party", "党建网", "party net"));

    private static final String RULES = """
            rule "类型不存在"
            when
                $c : RoutingCase(within("environment"))
            then
                $c.handleBy("street", "no-such-type");
            end
            rule "角色不存在"
            when
                $c : RoutingCase(within("environment"))
            then
                $c.handleBy("street", "street-office", "night-watch");
            end
            rule "图层不存在"
            when
                $c : RoutingCase(inLayer("safety"), channel == "app")
            then
                $c.coHandle("community", "owners-committee");
            end
            rule "层级不存在"
            when
                $c : RoutingCase(hasLevel("village"))
            then
                $c.handleAt("community");
            end
            rule "都认识"
            when
                $c : RoutingCase(within("environment"), inLayer("党建网"), channel == "hotline", hasLevel("grid"))
            then
                $c.handleBy("street", "street-office", "grid-leader");
                $c.handleBy("district", "");
            end
            """;

    @TempDir
    Path dir;

    private List<PackProblem> warnings(PackContext context) {
        return loaded(TestPacks.LOADER.load(PackSource.directory(pack(dir, "names", "rules/r.drl", RULES)), context))
                .warnings();
    }

    @Test
    void eachUnknownNameIsAWarningAtTheLineThatGivesIt() {
        List<PackProblem> warnings = warnings(CITY);

        assertThat(warnings).extracting(PackProblem::line, w -> w.message().en().split(" is not")[0])
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(5, "organization type no-such-type"),
                        org.assertj.core.groups.Tuple.tuple(11, "role night-watch"),
                        org.assertj.core.groups.Tuple.tuple(15, "this rule can never fire: layer safety"),
                        org.assertj.core.groups.Tuple.tuple(15, "this rule can never fire: channel app"),
                        org.assertj.core.groups.Tuple.tuple(17, "organization type owners-committee"),
                        org.assertj.core.groups.Tuple.tuple(21, "this rule can never fire: level village"));
        assertThat(warnings).allSatisfy(w -> assertThat(w.file()).isEqualTo("rules/r.drl"));
        assertThat(warnings).filteredOn(w -> w.line() == 11).singleElement().satisfies(w -> {
            assertThat(w.message().zh()).startsWith("城市配置中没有角色 night-watch");
            assertThat(w.message().en()).endsWith("(its roles: grid-leader)");
        });
    }

    @Test
    void aContextThatDoesNotKnowAKindOfNameDoesNotCheckIt() {
        assertThat(warnings(PackContext.unchecked())).isEmpty();
        assertThat(warnings(new PackContext(Set.of("environment"), Set.of("grid", "community", "street", "district",
                "village")))).isEmpty();
    }

    @Test
    void aHandlerSettingNamingATypeOrRoleTheCityLacksIsAWarningAtItsPackYamlLine() {
        Path parent = dir.resolve("parent");
        write(parent, "pack.yaml", """
                id: parent
                name: {zh: 上级, en: parent}
                version: "1"
                settings:
                  handlers:
                    street: {organizationType: street-government}
                    community: {organizationType: village-committee}
                    city: {organizationType: city-government}
                  fallback: [street, county]
                """);
        Path child = dir.resolve("child");
        write(child, "pack.yaml", """
                id: child
                name: {zh: 下级, en: child}
                version: "1"
                extends: parent
                settings:
                  handlers:
                    street: {organizationType: street-office}
                    grid: {role: grid-captain}
                """);
        PackLoader loader = PackLoader.withBuiltIns().withParents(
                id -> id.equals("parent") ? java.util.Optional.of(PackSource.directory(parent))
                        : java.util.Optional.empty());

        List<PackProblem> warnings = loaded(loader.load(PackSource.directory(child), CITY)).warnings();

        // street is overridden by the child with a known type, and the city has no city level to hand to.
        assertThat(warnings).extracting(PackProblem::pack, PackProblem::file, PackProblem::line)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("parent", "pack.yaml", 7),
                        org.assertj.core.groups.Tuple.tuple("parent", "pack.yaml", 9),
                        org.assertj.core.groups.Tuple.tuple("child", "pack.yaml", 8));
        assertThat(warnings).extracting(w -> w.message().en()).anySatisfy(m -> assertThat(m).isEqualTo(
                "settings.handlers.grid.role: role 'grid-captain' is not in the city profile, so this setting "
                        + "places no case"));
    }

    @Test
    void aCleanPackHasNoWarningsAgainstAFullContext() {
        List<PackProblem> warnings = loaded(load(pack(dir, "clean", "rules/r.drl", """
                rule "都认识"
                when
                    $c : RoutingCase(within("environment"), inLayer("party net"))
                then
                    $c.handleBy("street", "street-office", "grid-leader");
                end
                """))).warnings();
        assertThat(warnings).isEmpty();
        assertThat(loaded(TestPacks.LOADER.load(PackSource.directory(dir.resolve("clean")), CITY)).warnings())
                .isEmpty();
    }
}
