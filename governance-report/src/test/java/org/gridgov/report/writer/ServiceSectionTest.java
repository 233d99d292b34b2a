package org.gridgov.report.writer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.gridgov.i18n.Bilingual;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.people.PersonId;
import org.gridgov.report.EvaluationReport;
import org.gridgov.report.ServiceSummary;
import org.gridgov.service.ServiceRates;
import org.junit.jupiter.api.Test;

/** The report's service section: each community's rates and hours, a chart, the unreported by id, or nothing. */
class ServiceSectionTest {
    static final PersonId A = new PersonId("a");
    static final PersonId B = new PersonId("b");

    static EvaluationReport report(List<ServiceSummary> communities) {
        return new EvaluationReport(Bilingual.of("六月考核", "June"), "2023-06", List.of(), List.of(), List.of())
                .withService(communities);
    }

    static ServiceSummary weibei(List<PersonId> reported, List<PersonId> served) {
        List<PersonId> expected = List.of(A, B);
        return new ServiceSummary(new NodeId("c1"), Bilingual.of("维北<社区>", "Weibei"), new ServiceRates(expected,
                reported, expected.stream().filter(p -> !reported.contains(p)).toList(), served), 3.5);
    }

    @Test
    void eachCommunityIsARowAndABarWithItsRates() throws Exception {
        String html = ReportWriter.html(report(List.of(weibei(List.of(A), List.of(A)))));
        assertThat(html).contains("<h2>党员服务 Party members' service</h2>").contains("<canvas id=\"service\">")
                .contains("<td>维北&lt;社区&gt;</td><td>2</td><td>1</td><td>50.00%</td><td>100.00%</td><td>3.5</td>")
                .contains("{label:'报到率 report-in rate',data:[0.5]");
        JsonNode row = new ObjectMapper().readTree(ReportWriter.json(report(List.of(weibei(List.of(A), List.of(A))))))
                .path("service").get(0);
        assertThat(row.path("reportInRate").asDouble()).isEqualTo(0.5);
        assertThat(row.path("unreported").get(0).asText()).isEqualTo("b");
    }

    @Test
    void aRateWithoutABaseIsUndefinedAndNoCommunitiesNoSection() throws Exception {
        assertThat(ReportWriter.html(report(List.of(weibei(List.of(), List.of()))))).contains("<td>0.00%</td><td>—</td>");
        JsonNode row = new ObjectMapper().readTree(ReportWriter.json(report(List.of(weibei(List.of(), List.of())))))
                .path("service").get(0);
        assertThat(row.path("serviceRate").isNull()).isTrue();
        assertThat(ReportWriter.html(report(List.of()))).doesNotContain("党员服务");
    }
}
