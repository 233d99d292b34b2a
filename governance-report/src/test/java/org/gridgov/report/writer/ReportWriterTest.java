package org.gridgov.report.writer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.gridgov.evaluation.UnitKind;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.IssueId;
import org.gridgov.policy.PolicyVersion;
import org.gridgov.report.CaseSummary;
import org.gridgov.report.EvaluationReport;
import org.gridgov.report.TrendPoint;
import org.gridgov.evaluation.Ranking;
import org.gridgov.evaluation.ScoreLine;
import org.gridgov.evaluation.Scorecard;
import org.gridgov.evaluation.Unit;
import org.junit.jupiter.api.Test;

class ReportWriterTest {
    static final PolicyVersion PACK = new PolicyVersion("base", "1.0", "abc");

    static Scorecard card(String id, String name, double... points) {
        List<ScoreLine> lines = new java.util.ArrayList<>();
        for (double p : points) {
            lines.add(new ScoreLine("规则", p, Bilingual.of("原因", "reason"), List.of(new IssueId(id + "-1")), 2));
        }
        return new Scorecard(new Unit(id, UnitKind.NODE, "community", Bilingual.zh(name)), "2024-05", lines,
                Optional.of(Bilingual.of("良好", "good")), false, PACK);
    }

    static EvaluationReport report() {
        Ranking ranking = Ranking.of("community", "2024-05", List.of(card("m1", "东厂宅社区", 80, -2),
                card("m2", "维北社区</script><b>", 90), card("m3", "文庙, 社区", 78)));
        return new EvaluationReport(Bilingual.of("五月考核", "May evaluation"), "2024-05", List.of(ranking),
                List.of(new TrendPoint("2024-04", Optional.of(0.9), Optional.of(0.8), Optional.empty()),
                        new TrendPoint("2024-05", Optional.of(0.95), Optional.of(0.85), Optional.of(0.7))),
                List.of(new CaseSummary(new IssueId("m1-1"), Bilingual.zh("噪音 @ 1号楼"), -2,
                        List.of("2024-05-07 10:00 登记", "2024-05-14 10:00 吹哨上报"))));
    }

    @Test
    void theJsonKeepsEveryLineWithItsCasesAndUndefinedRatesAsNull() throws Exception {
        JsonNode json = new ObjectMapper().readTree(ReportWriter.json(report()));
        JsonNode first = json.at("/rankings/0/entries/0");
        assertThat(first.get("unit").asText()).isEqualTo("m2");
        assertThat(first.get("rank").asInt()).isEqualTo(1);
        JsonNode m1 = json.at("/rankings/0/entries/2");
        assertThat(m1.get("score").asDouble()).isEqualTo(78.0);
        assertThat(json.at("/rankings/0/entries/1/lines")).hasSize(2);
        assertThat(json.at("/rankings/0/entries/1/lines/1/cases/0").asText()).isEqualTo("m1-1");
        assertThat(json.at("/trend/0/satisfaction").isNull()).isTrue();
        assertThat(json.at("/trend/1/satisfaction").asDouble()).isEqualTo(0.7);
    }

    @Test
    void theCsvHasOneRowPerUnitAndQuotesCommas() {
        String csv = ReportWriter.csv(report().rankings().get(0));
        assertThat(csv.lines()).hasSize(4);
        assertThat(csv).contains("1,m2,").contains("\"文庙, 社区\"")
                .contains("2,m1,东厂宅社区,78.00,良好,2")
                .contains("2,m3,\"文庙, 社区\",78.00,良好,1"); // a tie shares the rank
    }

    @Test
    void theHtmlIsSelfContainedWithChartsTablesAndEscapedText() {
        String html = ReportWriter.html(report());
        assertThat(html).startsWith("<!DOCTYPE html>").contains("Chart.js v4.4.1")
                .contains("<canvas id=\"c0\">").contains("<canvas id=\"trend\">")
                .contains("东厂宅社区").contains("2024-05-14 10:00 吹哨上报")
                .doesNotContain("维北社区</script><b>")
                .doesNotContain("src=\"http");
        assertThat(html.indexOf("</script><b>")).isEqualTo(-1);
    }
}
