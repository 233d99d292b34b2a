package org.gridgov.rules.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.drools.model.codegen.ExecutableModelProject;
import org.gridgov.category.CategoryId;
import org.gridgov.issue.ChannelId;
import org.gridgov.issue.IssueFacts;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Severity;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.policy.PolicyVersion;
import org.gridgov.routing.RoutingDecision;
import org.gridgov.routing.RoutingRequest;
import org.gridgov.policy.RuleTrace;
import org.gridgov.rules.firing.FiringMemo;
import org.gridgov.rules.runtime.ActivePack;
import org.junit.jupiter.api.Test;
import org.kie.api.io.ResourceType;
import org.kie.internal.utils.KieHelper;

/**
 * Remembered firings change what a decision costs, never what it is: each test routes the same requests with the
 * memo and without it and requires equal decisions, in orders where a wrong reuse would show.
 */
class RoutingMemoTest {

    static ActivePack pack(String rules) {
        String drl = "package org.gridgov.packs.memo;\nimport org.gridgov.rules.facts.RoutingCase;\n" + rules;
        var kieBase = new KieHelper().addContent(drl, ResourceType.DRL).build(ExecutableModelProject.class);
        return new ActivePacks.SimplePack(kieBase, JsonNodeFactory.instance.objectNode(),
                new PolicyVersion("memo", "1", "test"));
    }

    static RoutingRequest request(String id, String category, String location, Severity severity, Set<String> tags) {
        return new RoutingRequest(new IssueId(id), new IssueFacts(new CategoryId(category), new ChannelId("grid-patrol"),
                new NodeId(location), Optional.empty(), "居民反映的问题", severity, tags), RoutingFixture.city(),
                RoutingFixture.AT, List.of());
    }

    static RoutingRequest request(String id, String category, String location) {
        return request(id, category, location, Severity.LOW, Set.of());
    }

    /** Routes each request alone without the memo, then in order with it, one by one and in one batch. */
    static DroolsRoutingPolicy assertSameDecisions(ActivePack pack, List<RoutingRequest> requests) {
        List<RoutingDecision> fresh = new ArrayList<>();
        for (RoutingRequest r : requests) {
            fresh.add(new DroolsRoutingPolicy(() -> pack, 0).route(r));
        }
        DroolsRoutingPolicy memo = new DroolsRoutingPolicy(() -> pack);
        assertThat(requests.stream().map(memo::route).toList()).isEqualTo(fresh);
        DroolsRoutingPolicy batch = new DroolsRoutingPolicy(() -> pack);
        assertThat(batch.routeAll(requests)).isEqualTo(fresh);
        assertThat(batch.routeAll(requests)).isEqualTo(fresh); // the second time, every shape is known
        return memo;
    }

    @Test
    void aCaseOfTheSameShapeTakesRememberedFiringsWithItsOwnTextInTheExplanation() {
        ActivePack pack = pack("""
                rule "噪音到街道" when $c : RoutingCase( within("environment") ) then $c.handleAt("street"); end
                rule "其余到网格" when $c : RoutingCase( !within("environment") ) then $c.handleAt("grid"); end
                """);
        DroolsRoutingPolicy memo = assertSameDecisions(pack, List.of(request("i-1", "environment.noise", "G1"),
                request("i-2", "environment.noise", "G2"), request("i-3", "facilities.road", "G2"),
                request("i-4", "environment", "G3")));
        var counts = memo.memoCounts();
        assertThat(counts.on()).isTrue();
        assertThat(counts.hits()).isEqualTo(2); // i-2 and i-4 answer within("environment") as i-1 did
        RoutingDecision second = memo.route(request("i-9", "environment.noise", "G3"));
        assertThat(second.explanation().fired()).extracting(RuleTrace::matched)
                .allSatisfy(m -> assertThat(m.values()).allSatisfy(v -> assertThat(v).contains("i-9")));
    }

    @Test
    void aPlaceNamedByARuleSeparatesShapes() {
        ActivePack pack = pack("""
                rule "兴华街道到街道" @priority(10) when $c : RoutingCase( locatedIn("S1") ) then $c.handleAt("street"); end
                rule "网格" when $c : RoutingCase() then $c.handleAt("grid"); end
                """);
        List<RoutingRequest> requests = List.of(request("i-1", "other", "G1"), request("i-2", "other", "G3"),
                request("i-3", "other", "G2"), request("i-4", "other", "G3"));
        assertSameDecisions(pack, requests);
        DroolsRoutingPolicy memo = new DroolsRoutingPolicy(() -> pack);
        assertThat(memo.route(requests.get(0)).owner().node()).isEqualTo(new NodeId("S1"));
        assertThat(memo.route(requests.get(1)).owner().node()).isEqualTo(new NodeId("G3"));
    }

    @Test
    void aQuestionFirstAskedByALaterCaseWidensTheShape() {
        // hasTag is only asked of environment cases: the first case never asks it, the second must not reuse.
        ActivePack pack = pack("""
                rule "加急" when $c : RoutingCase( category == "environment", hasTag("加急") ) then $c.atLeast("street"); end
                rule "网格" when $c : RoutingCase() then $c.handleAt("grid"); end
                """);
        assertSameDecisions(pack, List.of(request("i-1", "other", "G1"),
                request("i-2", "environment", "G1", Severity.LOW, Set.of("加急")),
                request("i-3", "environment", "G1", Severity.LOW, Set.of()),
                request("i-4", "environment", "G2", Severity.LOW, Set.of("加急"))));
    }

    @Test
    void aRuleThatReadsTheIssueIdTurnsTheMemoOff() {
        ActivePack pack = pack("""
                rule "指定案件" when $c : RoutingCase( issueId == "i-2" ) then $c.handleAt("street"); end
                rule "网格" when $c : RoutingCase() then $c.handleAt("grid"); end
                """);
        DroolsRoutingPolicy memo = assertSameDecisions(pack, List.of(request("i-1", "other", "G1"),
                request("i-2", "other", "G1"), request("i-3", "other", "G1")));
        assertThat(memo.memoCounts().on()).isFalse();
        assertThat(memo.memoCounts().hits()).isZero();
    }

    @Test
    void aRuleThatSeesOtherCasesIsFiredOneCaseAtATimeInABatch() {
        // "the only case in its grid" would see the other cases of a batch without any firing matching two.
        ActivePack pack = pack("""
                rule "独案" @priority(10) when $c : RoutingCase( $l : location ) not RoutingCase( this != $c, location == $l )
                then $c.handleAt("street"); end
                rule "网格" when $c : RoutingCase() then $c.handleAt("grid"); end
                """);
        List<RoutingRequest> requests = List.of(request("i-1", "other", "G1"), request("i-2", "other", "G1"),
                request("i-3", "other", "G2"));
        assertSameDecisions(pack, requests);
        assertThat(new DroolsRoutingPolicy(() -> pack).routeAll(requests))
                .allSatisfy(d -> assertThat(d.owner().node()).isEqualTo(new NodeId("S1")));
    }

    @Test
    void whoActsIsKeptForADayOnlyWhenNoAbsenceTouchesIt() {
        // p1 leads grid G1 and is on leave from 2024-05-06 08:00 to 2024-05-08 08:00; p2 is the backup.
        ActivePack pack = pack("""
                rule "网格长" when $c : RoutingCase() then $c.handleBy("grid", "", "grid-leader"); end
                """);
        DroolsRoutingPolicy policy = new DroolsRoutingPolicy(() -> pack);
        String[] order = {"2024-05-08T09:00:00+08:00", "2024-05-08T07:00:00+08:00", "2024-05-09T09:00:00+08:00",
                "2024-05-08T07:59:59+08:00", "2024-05-09T07:00:00+08:00"};
        String[] acting = {"p1", "p2", "p1", "p2", "p1"};
        for (int i = 0; i < order.length; i++) {
            java.time.Instant at = java.time.OffsetDateTime.parse(order[i]).toInstant();
            RoutingRequest r = new RoutingRequest(new IssueId("i-" + i), IssueFacts.of(new CategoryId("other"),
                    new ChannelId("grid-patrol"), new NodeId("G1"), "居民反映的问题", Severity.LOW),
                    RoutingFixture.city(), at, List.of());
            RoutingDecision d = policy.route(r);
            assertThat(d.acting()).as(order[i]).map(a -> a.person().value()).contains(acting[i]);
            assertThat(d).isEqualTo(new DroolsRoutingPolicy(() -> pack, 0).route(r));
        }
    }

    @Test
    void aPolicyRoutingForTwoCitiesInTurnDecidesAsFreshPolicies() throws Exception {
        // Each city's caches are made again when the policy goes back to it: remembered plans must follow.
        ActivePack pack = pack("""
                rule "噪音到街道" when $c : RoutingCase( within("environment") ) then $c.handleAt("street"); end
                rule "其余到网格" when $c : RoutingCase( !within("environment") ) then $c.handleAt("grid"); end
                """);
        var a = RoutingFixture.city();
        var b = org.gridgov.city.CityLoader.loadResource(getClass().getClassLoader(),
                "org/gridgov/rules/routing/routing-city.yaml");
        DroolsRoutingPolicy policy = new DroolsRoutingPolicy(() -> pack);
        String[][] steps = {{"a", "other"}, {"b", "environment"}, {"a", "environment"}, {"a", "other"},
                {"b", "other"}, {"a", "environment"}};
        for (int i = 0; i < steps.length; i++) {
            var city = steps[i][0].equals("a") ? a : b;
            RoutingRequest r = new RoutingRequest(new IssueId("i-" + i), IssueFacts.of(new CategoryId(steps[i][1]),
                    new ChannelId("grid-patrol"), new NodeId("G1"), "居民反映的问题", Severity.LOW), city,
                    RoutingFixture.AT, List.of());
            assertThat(policy.route(r)).as("step %d", i).isEqualTo(new DroolsRoutingPolicy(() -> pack, 0).route(r));
        }
    }

    @Test
    void withoutTheMemoNothingIsRemembered() {
        ActivePack pack = pack("""
                rule "网格" when $c : RoutingCase() then $c.handleAt("grid"); end
                """);
        DroolsRoutingPolicy off = new DroolsRoutingPolicy(() -> pack, 0);
        off.route(request("i-1", "other", "G1"));
        off.route(request("i-2", "other", "G1"));
        assertThat(off.memoCounts()).isEqualTo(new FiringMemo.Counts(0, 0, 0, 0, false));
    }
}
