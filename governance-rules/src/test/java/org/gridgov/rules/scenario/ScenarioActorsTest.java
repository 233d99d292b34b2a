package org.gridgov.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.rules.scenario.ScenarioTest.BASE;
import static org.gridgov.rules.scenario.ScenarioTest.HEAD;

import org.gridgov.GridGov;
import org.gridgov.city.City;
import org.gridgov.city.CityLoader;
import org.gridgov.document.DocumentProblem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Scenario steps name their actor by role ({@code as:}) and can expect a refusal ({@code expect: refused}). */
class ScenarioActorsTest {
    static City city;

    @BeforeAll
    static void load() throws Exception {
        city = CityLoader.loadResource(ScenarioActorsTest.class.getClassLoader(),
                "org/gridgov/rules/routing/routing-city.yaml");
    }

    static ScenarioResult run(String steps) throws Exception {
        return ScenarioRunner.run(ScenarioReader.read("s.yaml", HEAD + steps), GridGov.forCity(city).pack(BASE).build());
    }

    @Test
    void aRefusalExpectedIsAPassAndOneNotExpectedIsAFailureWithTheReason() throws Exception {
        ScenarioResult r = run("""
                  - {at: +1h, do: accept, case: a, as: duty-officer@G3, expect: refused}
                  - {at: +2h, do: accept, case: a, as: grid-leader@G1}
                  - {at: +3h, do: resolve, case: a, as: "resident:r-1", expect: 拒绝}
                  - {at: +4h, do: resolve, case: a}
                  - {at: +5h, do: rate, case: a, rating: satisfied, as: "system:some-app"}
                """);
        assertThat(r.results()).extracting(ExpectationResult::passed).containsExactly(true, true, false);
        assertThat(r.results().get(0).message()).contains("expected a refusal").contains("not the case's owner");
        assertThat(r.results().get(2).message()).contains("was refused").contains("some-app may not rate");
    }

    @Test
    void aRoleNobodyHoldsThereIsAFailureNamingIt() throws Exception {
        ScenarioResult r = run("""
                  - {at: +1h, do: accept, case: a, as: grid-leader@G3}
                """);
        assertThat(r.results()).singleElement().satisfies(x -> {
            assertThat(x.passed()).isFalse();
            assertThat(x.message()).contains("nobody acts as grid-leader@G3");
        });
    }

    @Test
    void anActionStepExpectsOnlyARefusal() {
        assertThat(ScenarioTest.problems(HEAD + """
                  - {at: +1h, do: accept, case: a, expect: done}
                  - {at: +1h, do: accept, case: a, expect: {case: a, level: 0}}
                """)).extracting(DocumentProblem::field).containsExactly("steps[0].expect", "steps[1]");
    }
}
