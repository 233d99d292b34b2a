package org.gridgov.rules.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.rules.routing.RoutingFixture.request;

import java.util.List;
import org.gridgov.issue.Owner;
import org.gridgov.issue.Severity;
import org.gridgov.jurisdiction.LevelId;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.organization.OrganizationId;
import org.gridgov.people.PersonId;
import org.gridgov.policy.Candidate;
import org.gridgov.routing.RoutingDecision;
import org.gridgov.policy.RuleTrace;
import org.gridgov.time.TimeLimit;
import org.junit.jupiter.api.Test;

class RoutingDecisionsExplainThemselvesTest {
    private static final DroolsRoutingPolicy POLICY = RoutingFixture.basePolicy();

    private static RoutingDecision route(String category, String location, Severity severity) {
        return RoutingFixture.route(POLICY, category, location, severity);
    }

    private static OrganizationId org(String id) {
        return new OrganizationId(id);
    }

    @Test
    void aNoiseComplaintStaysInItsGridWithTheBackupActingForTheLeaderOnLeave() {
        RoutingDecision d = route("environment.noise", "B1", Severity.LOW);
        assertThat(d.level()).isEqualTo(new LevelId("grid"));
        assertThat(d.owner().node()).isEqualTo(new NodeId("G1"));
        assertThat(d.role().orElseThrow().value()).isEqualTo("grid-leader");
        assertThat(d.acting().orElseThrow().person()).isEqualTo(new PersonId("p2"));
        assertThat(d.acting().orElseThrow().viaBackup()).isTrue();
        assertThat(d.owner().person()).contains(new PersonId("p2"));
        assertThat(d.explanation().reason().zh()).isEqualTo("噪音扰民（环境卫生类）由东厂宅第1网格承办：规则“网格先办”");
        assertThat(d.explanation().fallback()).isFalse();
        assertThat(d.timeLimit()).isEqualTo(TimeLimit.parse("7 天"));
        assertThat(d.policy().packId()).isEqualTo("base");
    }

    @Test
    void aCategoryThatMustGoToTheStreetWinsOverTheGridAndTheLoserIsListed() {
        RoutingDecision d = route("facilities.road", "G2", Severity.LOW);
        assertThat(d.owner().organization()).contains(org("s1-cm"));
        assertThat(d.explanation().reason().zh())
                .isEqualTo("路面破损（城市管理类）由兴华街道城管科承办：规则“市政设施归街道城管”");
        assertThat(d.explanation().reason().en())
                .isEqualTo("road damage (city management) is handled by Xinghua street city management section: "
                        + "rule “市政设施归街道城管”");
        assertThat(d.explanation().losers()).singleElement().satisfies(l -> {
            assertThat(l.rule()).isEqualTo("网格先办");
            assertThat(l.owner()).contains(Owner.atNode(new NodeId("G2")));
            assertThat(l.outcome().zh()).contains("优先级低于");
        });
        assertThat(d.timeLimit()).isEqualTo(TimeLimit.parse("3 个工作日下班前"));
    }

    @Test
    void aProposalTheCityCannotResolveLosesWithTheReasonAndTheNextOneWins() {
        RoutingDecision d = route("enterprise", "G1", Severity.LOW);
        assertThat(d.owner().node()).isEqualTo(new NodeId("G1"));
        Candidate loser = d.explanation().losers().get(0);
        assertThat(loser.rule()).isEqualTo("企业诉求归街道助企服务队");
        assertThat(loser.owner()).isEmpty();
        assertThat(loser.outcome().en()).contains("business-service-team");
    }

    @Test
    void severityRaisesTheLevelToTheStreetAndCriticalToTheDistrict() {
        RoutingDecision high = route("environment.noise", "G1", Severity.HIGH);
        assertThat(high.owner().node()).isEqualTo(new NodeId("S1"));
        assertThat(high.owner().organization()).contains(org("s1-office"));
        assertThat(high.explanation().reason().zh()).contains("提级").contains("重大事项不低于街道");
        assertThat(high.timeLimit()).isEqualTo(TimeLimit.parse("24 小时"));
        RoutingDecision critical = route("environment.noise", "G1", Severity.CRITICAL);
        assertThat(critical.owner().organization()).contains(org("d-gov"));
        assertThat(critical.timeLimit()).isEqualTo(TimeLimit.parse("2 小时"));
    }

    @Test
    void aRaisedDepartmentKeepsItsTypeWhenTheHigherLevelHasOne() {
        RoutingDecision d = route("utilities.heating", "G3", Severity.CRITICAL);
        assertThat(d.owner().organization()).contains(org("d-utilities"));
        // The rule's 24 hours and the critical severity's 2 hours: the stricter applies.
        assertThat(d.timeLimit()).isEqualTo(TimeLimit.parse("2 小时"));
        assertThat(route("utilities.heating", "G3", Severity.LOW).timeLimit()).isEqualTo(TimeLimit.parse("24 小时"));
    }

    @Test
    void theStricterOfCategoryAndSeverityLimitsApplies() {
        RoutingDecision d = route("other", "G1", Severity.CRITICAL);
        assertThat(d.timeLimit()).isEqualTo(TimeLimit.parse("2 小时"));
        assertThat(route("other", "G1", Severity.HIGH).timeLimit()).isEqualTo(TimeLimit.parse("24 小时"));
    }

    @Test
    void disputesAreMediatedByTheCommunityWithTheStreetsJudicialOfficeAsCoHandler() {
        RoutingDecision d = route("disputes", "B1", Severity.LOW);
        assertThat(d.owner().organization()).contains(org("m1-rc"));
        assertThat(d.coHandlers()).containsExactly(org("s1-justice"));
        assertThat(d.timeLimit()).isEqualTo(TimeLimit.parse("15 天"));
        assertThat(d.explanation().fired()).extracting(RuleTrace::rule).contains("矛盾纠纷由社区调解", "网格先办");
    }

    @Test
    void whenNoRuleMatchesTheStreetTakesTheIssueAsFallback() {
        RoutingDecision d = route("other", "S2", Severity.LOW);
        assertThat(d.explanation().fired()).isEmpty();
        assertThat(d.explanation().fallback()).isTrue();
        assertThat(d.owner().organization()).contains(org("s2-office"));
        assertThat(d.explanation().reason().zh()).isEqualTo("其他类事项没有规则匹配，由文庙街道办事处兜底承办");
        assertThat(d.explanation().reason().en()).contains("no rule matched");
    }

    @Test
    void aboveTheStreetTheDistrictIsTheFallback() {
        RoutingDecision d = route("other", "D", Severity.LOW);
        assertThat(d.owner().organization()).contains(org("d-gov"));
        assertThat(d.explanation().fallback()).isTrue();
    }

    @Test
    void aRejectedDispatchGoesOneLevelUpWithTheRejectionInTheReason() {
        Owner grid = Owner.atNode(new NodeId("G1"));
        RoutingDecision d = POLICY.route(request("environment.noise", "B1", Severity.LOW, "grid-patrol", List.of(grid)));
        assertThat(d.owner().node()).isEqualTo(new NodeId("M1"));
        assertThat(d.owner().organization()).contains(org("m1-rc"));
        assertThat(d.explanation().losers()).anySatisfy(l -> assertThat(l.outcome().en()).contains("rejected"));
        assertThat(d.explanation().reason().zh()).contains("退单");
    }

    @Test
    void aRejectedDepartmentGivesWayToTheNextCandidate() {
        Owner cm = Owner.organization(new NodeId("S1"), org("s1-cm"));
        RoutingDecision d = POLICY.route(request("facilities.road", "G2", Severity.LOW, "grid-patrol", List.of(cm)));
        assertThat(d.owner()).isEqualTo(Owner.atNode(new NodeId("G2")));
        assertThat(d.explanation().reason().en()).contains("网格先办").contains("1 rejection");
    }

    @Test
    void hotlineCasesEnterTheSameFlowAsPatrolReports() {
        for (String category : List.of("environment.noise", "facilities.road", "disputes", "other")) {
            RoutingDecision hotline = POLICY.route(request(category, "G2", Severity.LOW, "hotline-12345", List.of()));
            RoutingDecision patrol = POLICY.route(request(category, "G2", Severity.LOW, "grid-patrol", List.of()));
            assertThat(hotline.owner()).isEqualTo(patrol.owner());
            assertThat(hotline.timeLimit()).isEqualTo(patrol.timeLimit());
        }
    }

    @Test
    void theSameRequestAlwaysGivesTheSameDecision() {
        var request = request("disputes", "B1", Severity.HIGH, "hotline-12345", List.of());
        assertThat(POLICY.route(request)).isEqualTo(POLICY.route(request));
    }

    @Test
    void anEscalationFloorLiftsTheOwnerToThatLevelAndSaysSo() {
        var request = request("environment.noise", "B1", Severity.LOW, "grid-patrol", List.of())
                .atLeast(new LevelId("street"));
        RoutingDecision d = POLICY.route(request);
        assertThat(d.owner().organization()).contains(org("s1-office"));
        assertThat(d.level()).isEqualTo(new LevelId("street"));
        assertThat(d.explanation().reason().zh()).contains("升级至兴华街道（吹哨）");
        assertThat(d.explanation().losers()).anySatisfy(l -> assertThat(l.rule()).isEqualTo("网格先办"));
        // A department already above the floor stays where it is.
        var road = POLICY.route(request("facilities.road", "G2", Severity.LOW, "grid-patrol", List.of())
                .atLeast(new LevelId("community")));
        assertThat(road.owner().organization()).contains(org("s1-cm"));
        // The same type one level up is kept when it exists there.
        var heating = POLICY.route(request("utilities.heating", "G3", Severity.LOW, "grid-patrol", List.of())
                .atLeast(new LevelId("city")));
        assertThat(heating.owner().organization()).contains(org("city-gov"));
    }
}
