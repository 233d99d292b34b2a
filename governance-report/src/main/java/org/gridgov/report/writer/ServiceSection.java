package org.gridgov.report.writer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.Locale;
import java.util.Optional;
import org.gridgov.report.EvaluationReport;
import org.gridgov.report.ServiceSummary;

/** The service section of a report: each community's report-in and service rates and hours, with a bar chart. */
final class ServiceSection {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ServiceSection() {
    }

    static void json(EvaluationReport report, ArrayNode out) {
        for (ServiceSummary s : report.service()) {
            var n = out.addObject().put("area", s.area().value()).put("name", s.name().zh())
                    .put("expected", s.rates().expected().size()).put("reported", s.rates().reported().size())
                    .put("served", s.rates().served().size()).put("hours", ReportWriter.round(s.hours()));
            rate(n, "reportInRate", s.rates().reportInRate());
            rate(n, "serviceRate", s.rates().serviceRate());
            s.rates().unreported().forEach(p -> n.withArray("unreported").add(p.value()));
        }
    }

    private static void rate(com.fasterxml.jackson.databind.node.ObjectNode n, String name, Optional<Double> v) {
        if (v.isPresent()) {
            n.put(name, v.get());
        } else {
            n.putNull(name);
        }
    }

    static void html(EvaluationReport report, StringBuilder h) {
        if (report.service().isEmpty()) {
            return;
        }
        ArrayNode labels = JSON.createArrayNode();
        ArrayNode reportIn = JSON.createArrayNode();
        ArrayNode service = JSON.createArrayNode();
        h.append("<h2>党员服务 Party members' service</h2><div class=\"chart\"><canvas id=\"service\"></canvas></div>")
                .append("<table><tr><th>社区 community</th><th>应报到 expected</th><th>已报到 reported</th>")
                .append("<th>报到率 report-in rate</th><th>服务率 service rate</th><th>服务时长 hours</th></tr>");
        for (ServiceSummary s : report.service()) {
            labels.add(s.name().zh());
            add(reportIn, s.rates().reportInRate());
            add(service, s.rates().serviceRate());
            h.append("<tr><td>").append(ReportWriter.esc(s.name().zh())).append("</td><td>")
                    .append(s.rates().expected().size()).append("</td><td>").append(s.rates().reported().size())
                    .append("</td><td>").append(percent(s.rates().reportInRate())).append("</td><td>")
                    .append(percent(s.rates().serviceRate())).append("</td><td>")
                    .append(String.format(Locale.ROOT, "%.1f", s.hours())).append("</td></tr>");
        }
        h.append("</table><script>new Chart(document.getElementById('service'),{type:'bar',data:{labels:")
                .append(labels.toString().replace("</", "<\\/")).append(",datasets:[")
                .append("{label:'报到率 report-in rate',data:").append(reportIn).append(",backgroundColor:'#3b7dd8'},")
                .append("{label:'服务率 service rate',data:").append(service).append(",backgroundColor:'#2a9d55'}]},")
                .append("options:{animation:false,scales:{y:{min:0,max:1}}}});</script>");
    }

    private static void add(ArrayNode series, Optional<Double> v) {
        if (v.isPresent()) {
            series.add(v.get());
        } else {
            series.addNull();
        }
    }

    private static String percent(Optional<Double> v) {
        return v.map(x -> String.format(Locale.ROOT, "%.2f%%", x * 100)).orElse("—");
    }
}
