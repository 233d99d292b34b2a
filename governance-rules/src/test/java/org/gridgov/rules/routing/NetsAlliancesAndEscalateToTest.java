package org.gridgov.rules.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.gridgov.GridGov;
import org.gridgov.city.City;
import org.gridgov.city.CityLoader;
import org.gridgov.profile.ProfileReader;
import org.gridgov.rules.facts.RoutingCase;
import org.gridgov.rules.scenario.ScenarioReader;
import org.gridgov.rules.scenario.ScenarioResult;
import org.gridgov.rules.scenario.ScenarioRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fact methods city packs use beyond the base pack: a category's net ({@code inLayer}), co-handlers drawn from
 * a street's alliance ({@code coHandleFromAlliance}) and an escalation straight to a level ({@code escalateTo}),
 * each where it acts and where it does not.
 */
class NetsAlliancesAndEscalateToTest {
    static final String RULES = """
            package org.gridgov.packs.t;

            import org.gridgov.rules.facts.RoutingCase;
            import org.gridgov.rules.facts.EscalationCase;

            rule "平安网由平安办牵头"
                @priority(10)
            when
                $c : RoutingCase( inLayer("平安网") )
            then
                $c.handleBy("street", "safety-office");
            end

            rule "纠纷请联盟城管协办"
            when
                $c : RoutingCase( within("disputes") )
            then
                $c.coHandleFromAlliance("street", "city-management");
            end

            rule "报到超时直达市级"
            when
                $e : EscalationCase( reportIn )
            then
                $e.missedReportIn();
                $e.escalateTo("city");
            end
            """;

    static final String STORY = """
            name: {zh: 网、联盟与直达市级, en: "nets, alliances and escalateTo"}
            start: 2024-05-07T10:00:00+08:00
            cases:
              - {id: hazard, category: safety, location: G1}
              - {id: noise, category: environment.noise, location: G1}
              - {id: d1, category: disputes, location: G1}
              - {id: d3, category: disputes, location: G3}
              - {id: late, category: environment.noise, location: G2}
              - {id: prompt, category: environment.noise, location: G2}
            steps:
              # The safety net's rule places the hazard; the noise is in another net and stays in the grid.
              - expect: {case: hazard, owner: s1-safety, reasonContains: 平安网由平安办牵头}
              - expect: {case: noise, owner: G1, reasonContains: 网格先办}
              # 兴华街道 has an alliance with its city management section; 文庙街道 has none.
              - expect: {case: d1, coHandlers: [兴华街道司法所, 兴华街道城管科]}
              - expect: {case: d3, coHandlers: []}
              - {at: +10m, do: summon, case: late, organization: s1-cm, limit: 30 分钟}
              - {at: +10m, do: summon, case: prompt, organization: s1-cm, limit: 30 分钟}
              - {at: +20m, do: check-in, case: prompt, organization: s1-cm}
              - {at: +41m, do: tick}
              # A missed report-in takes the case straight to the city, past the community and the street.
              - expect: {case: late, owner: city-gov, level: 1, escalated: true, missedReportIn: [s1-cm], reasonContains: 上报至市级}
              - expect: {case: prompt, owner: G2, escalated: false, missedReportIn: []}
            """;

    static City city() throws Exception {
        String text;
        try (InputStream in = NetsAlliancesAndEscalateToTest.class.getResourceAsStream("routing-city.yaml")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        text = text.replace("roleTypes:", "layers:\n  - {id: safety, name: {zh: 平安网, en: safety net}}\n"
                        + "  - {id: livelihood, name: {zh: 民生网, en: livelihood net}}\nroleTypes:")
                .replace("name: {zh: 安全隐患, en: safety hazards}}", "name: {zh: 安全隐患, en: safety hazards}, layer: safety}")
                .replace("name: {zh: 环境卫生, en: environment}}", "name: {zh: 环境卫生, en: environment}, layer: livelihood}")
                .replace("members: [s1-justice, s1-safety, s1-cm]", "members: [s1-justice, s1-cm]");
        return CityLoader.load(ProfileReader.read("routing-city.yaml", text), name -> {
            throw new IOException("no companion files: " + name);
        });
    }

    @Test
    void eachMethodActsWhereItShouldAndNowhereElse(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("rules"));
        Files.writeString(dir.resolve("pack.yaml"), "id: t\nname: {zh: 测试, en: test}\nversion: \"1\"\nextends: base\n"
                + "disabledRules: [报到超时记录并督办]\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("rules/t.drl"), RULES, StandardCharsets.UTF_8);
        City city = city();
        ScenarioResult result = ScenarioRunner.run(ScenarioReader.read("t.yaml", STORY),
                GridGov.forCity(city).pack(dir).build()); // a pack that does not load throws, naming its problems
        assertThat(result.passed()).as(result.failureReport()).isTrue();
        assertThat(result.firedRules()).contains("平安网由平安办牵头", "纠纷请联盟城管协办", "报到超时直达市级");
    }

    @Test
    void aNetIsMatchedByItsIdOrItsNamesAndACategoryWithoutOneMatchesNone() {
        RoutingCase inNet = new RoutingCase("i", List.of("safety"), "hotline", "low", 1, List.of("G1", "C"),
                List.of("grid", "city"), Set.of(), 0, false, "safety", Set.of("平安网", "safety net"));
        assertThat(inNet.getLayer()).isEqualTo("safety");
        assertThat(inNet.inLayer("safety")).isTrue();
        assertThat(inNet.inLayer("平安网")).isTrue();
        assertThat(inNet.inLayer("民生网")).isFalse();
        RoutingCase none = new RoutingCase("i", List.of("other"), "hotline", "low", 1, List.of("G1", "C"),
                List.of("grid", "city"), Set.of(), 0, false);
        assertThat(none.getLayer()).isEmpty();
        assertThat(none.inLayer("")).isFalse();
        assertThat(none.inLayer("平安网")).isFalse();
    }
}
