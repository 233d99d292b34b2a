package org.gridgov.report.writer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.gridgov.deliberation.Body;
import org.gridgov.deliberation.BodyId;
import org.gridgov.deliberation.BodyKind;
import org.gridgov.deliberation.BodyRecord;
import org.gridgov.deliberation.BodyScore;
import org.gridgov.deliberation.Cadence;
import org.gridgov.deliberation.MajorityRule;
import org.gridgov.deliberation.QuorumRule;
import org.gridgov.deliberation.Seat;
import org.gridgov.deliberation.VotingMode;
import org.gridgov.i18n.Bilingual;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.organization.OrganizationId;
import org.gridgov.organization.OrganizationTypeId;
import org.gridgov.policy.Explanation;
import org.gridgov.policy.PolicyVersion;
import org.gridgov.report.DeliberationSummary;
import org.gridgov.report.EvaluationReport;
import org.junit.jupiter.api.Test;

/** The report's deliberation section: one row per body, shares undefined without a base, absent without bodies. */
class DeliberationSectionTest {
    static final Instant T = Instant.parse("2024-05-01T00:00:00Z");

    static DeliberationSummary council(int tabled, int decided, int ratings, int satisfied) {
        Body body = new Body(new BodyId("m1"), Bilingual.of("东厂宅<五方>共议会", "council"), BodyKind.FIVE_PARTY_COUNCIL,
                new OrganizationId("party"), new NodeId("M1"), List.of(new Seat("rc", Bilingual.zh("居委会"),
                Optional.of(new OrganizationTypeId("rc")), Optional.empty(), true)), Cadence.MONTHLY,
                QuorumRule.MORE_THAN_HALF, MajorityRule.SIMPLE, VotingMode.BY_SEAT);
        BodyRecord r = new BodyRecord(body.id(), T, T.plusSeconds(86400 * 31), 2, 1, tabled, decided, decided, 0,
                decided, decided, 0, ratings, satisfied, decided, decided,
                decided == 0 ? OptionalDouble.empty() : OptionalDouble.of(6.5));
        BodyScore s = new BodyScore(body.id(), 72.5, List.of(new BodyScore.Line("按时议定得分", 40,
                Bilingual.of("按时议定", "decided on time"))), new Explanation(Bilingual.of("评分", "scored"), List.of(),
                List.of(), false), new PolicyVersion("base", "1.0", "x"));
        return new DeliberationSummary(body, r, s);
    }

    static EvaluationReport report(List<DeliberationSummary> bodies) {
        return new EvaluationReport(Bilingual.of("五月考核", "May"), "2024-05", List.of(), List.of(), List.of())
                .withDeliberation(bodies);
    }

    @Test
    void eachBodyIsARowWithItsSharesAndScore() throws Exception {
        String html = ReportWriter.html(report(List.of(council(4, 3, 4, 3))));
        assertThat(html).contains("<h2>议事协商 Deliberation</h2>")
                .contains("<td>东厂宅&lt;五方&gt;共议会</td><td>2 (1)</td><td>4</td><td>3 · 75%</td>")
                .contains("<td>6.5</td><td>75%</td><td>72.50</td>");
        JsonNode json = new ObjectMapper().readTree(ReportWriter.json(report(List.of(council(4, 3, 4, 3)))));
        JsonNode row = json.path("deliberation").get(0);
        assertThat(row.path("body").asText()).isEqualTo("m1");
        assertThat(row.path("decided").asInt()).isEqualTo(3);
        assertThat(row.path("daysToDecision").asDouble()).isEqualTo(6.5);
        assertThat(row.path("lines").get(0).path("rule").asText()).isEqualTo("按时议定得分");
    }

    @Test
    void sharesWithoutABaseAreDashesAndNoBodiesNoSection() throws Exception {
        assertThat(ReportWriter.html(report(List.of(council(0, 0, 0, 0))))).contains("<td>0 · —</td>")
                .contains("<td>—</td><td>—</td><td>72.50</td>");
        assertThat(ReportWriter.html(report(List.of()))).doesNotContain("议事协商");
        JsonNode json = new ObjectMapper().readTree(ReportWriter.json(report(List.of(council(0, 0, 0, 0)))));
        assertThat(json.path("deliberation").get(0).path("daysToDecision").isNull()).isTrue();
    }
}
