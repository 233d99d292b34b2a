package org.gridgov.report.writer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.gridgov.report.CaseSummary;
import org.gridgov.report.EvaluationReport;
import org.gridgov.report.TrendPoint;
import org.gridgov.evaluation.Ranking;
import org.gridgov.evaluation.ScoreLine;
import org.gridgov.evaluation.Scorecard;

/**
 * Writes evaluation reports as JSON (everything, with every score line and the cases it rests on), CSV (a
 * ranking, one row per unit) and self-contained HTML (a ranking chart, the monthly trend of the three rates and
 * the worst cases with their timelines, drawn with Chart.js inlined into the page so the file works offline).
 */
public final class ReportWriter {
    private static final String CHART_JS = "META-INF/resources/webjars/chart.js/4.4.1/dist/chart.umd.js";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportWriter() {
    }

    /** The whole report as JSON. */
    public static String json(EvaluationReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("title", report.title().zh()).put("titleEn", report.title().en()).put("period", report.period());
        ArrayNode rankings = root.putArray("rankings");
        for (Ranking r : report.rankings()) {
            ObjectNode rn = rankings.addObject().put("level", r.level()).put("period", r.period());
            ArrayNode entries = rn.putArray("entries");
            for (Ranking.Entry e : r.entries()) {
                Scorecard s = e.scorecard();
                ObjectNode en = entries.addObject().put("rank", e.rank()).put("unit", s.unit().id())
                        .put("name", s.unit().name().zh()).put("score", round(s.score())).put("noCases", s.noCases());
                s.grade().ifPresent(g -> en.put("grade", g.zh()));
                en.put("pack", s.policy().toString());
                ArrayNode lines = en.putArray("lines");
                for (ScoreLine l : s.lines()) {
                    ObjectNode ln = lines.addObject().put("rule", l.rule()).put("points", round(l.points()))
                            .put("reason", l.reason().zh()).put("reasonEn", l.reason().en());
                    l.cases().forEach(c -> ln.withArray("cases").add(c.value()));
                    if (l.event() >= 0) {
                        ln.put("event", l.event());
                    }
                }
            }
        }
        ArrayNode trend = root.putArray("trend");
        for (TrendPoint t : report.trend()) {
            ObjectNode tn = trend.addObject().put("period", t.period());
            rate(tn, "response", t.response());
            rate(tn, "resolution", t.resolution());
            rate(tn, "satisfaction", t.satisfaction());
        }
        ArrayNode worst = root.putArray("worstCases");
        for (CaseSummary c : report.worstCases()) {
            ObjectNode cn = worst.addObject().put("issue", c.issue().value()).put("title", c.title().zh())
                    .put("points", round(c.points()));
            c.timeline().forEach(line -> cn.withArray("timeline").add(line));
        }
        DeliberationSection.json(report, root.putArray("deliberation"));
        ServiceSection.json(report, root.putArray("service"));
        return root.toPrettyString();
    }

    private static void rate(ObjectNode node, String name, Optional<Double> value) {
        if (value.isPresent()) {
            node.put(name, value.get());
        } else {
            node.putNull(name); // undefined (no cases), not zero
        }
    }

    /** A ranking as CSV: rank, unit, name, score, grade, number of score lines. */
    public static String csv(Ranking ranking) {
        StringBuilder out = new StringBuilder("rank,unit,name,score,grade,lines\n");
        for (Ranking.Entry e : ranking.entries()) {
            Scorecard s = e.scorecard();
            out.append(e.rank()).append(',').append(cell(s.unit().id())).append(',').append(cell(s.unit().name().zh()))
                    .append(',').append(String.format(Locale.ROOT, "%.2f", s.score())).append(',')
                    .append(cell(s.grade().map(g -> g.zh()).orElse(""))).append(',').append(s.lines().size())
                    .append('\n');
        }
        return out.toString();
    }

    private static String cell(String text) {
        return text.contains(",") || text.contains("\"") || text.contains("\n")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    /** The report as one self-contained HTML page. */
    public static String html(EvaluationReport report) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(report.title().zh())).append("</title><style>")
                .append("body{font-family:system-ui,'Noto Sans CJK SC',sans-serif;margin:2em;color:#222}")
                .append("h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em}table{border-collapse:collapse}")
                .append("td,th{border:1px solid #ccc;padding:4px 8px;font-size:.9em}th{background:#f3f3f3}")
                .append(".chart{max-width:900px}.neg{color:#b00}.case{margin:1em 0}.case ol{margin:.3em 0}")
                .append("</style><script>").append(chartJs()).append("</script></head><body>");
        h.append("<h1>").append(esc(report.title().zh())).append(" <small>")
                .append(esc(report.title().en())).append(" · ").append(esc(report.period())).append("</small></h1>");
        int chart = 0;
        for (Ranking r : report.rankings()) {
            h.append("<h2>排名 Ranking · ").append(esc(r.level())).append("</h2>");
            h.append("<div class=\"chart\"><canvas id=\"c").append(chart).append("\"></canvas></div>");
            h.append("<table><tr><th>名次 rank</th><th>单位 unit</th><th>得分 score</th><th>等次 grade</th></tr>");
            ArrayNode labels = JSON.createArrayNode();
            ArrayNode scores = JSON.createArrayNode();
            for (Ranking.Entry e : r.entries()) {
                Scorecard s = e.scorecard();
                labels.add(s.unit().name().zh());
                scores.add(round(s.score()));
                h.append("<tr><td>").append(e.rank()).append("</td><td>").append(esc(s.unit().name().zh()))
                        .append("</td><td>").append(String.format(Locale.ROOT, "%.2f", s.score())).append("</td><td>")
                        .append(esc(s.grade().map(g -> g.zh()).orElse(""))).append("</td></tr>");
            }
            h.append("</table><script>new Chart(document.getElementById('c").append(chart)
                    .append("'),{type:'bar',data:{labels:").append(js(labels)).append(",datasets:[{label:'得分 score',data:")
                    .append(js(scores)).append(",backgroundColor:'#3b7dd8'}]},options:{indexAxis:'y',animation:false}});")
                    .append("</script>");
            chart++;
        }
        if (!report.trend().isEmpty()) {
            ArrayNode months = JSON.createArrayNode();
            ArrayNode[] series = {JSON.createArrayNode(), JSON.createArrayNode(), JSON.createArrayNode()};
            for (TrendPoint t : report.trend()) {
                months.add(t.period());
                add(series[0], t.response());
                add(series[1], t.resolution());
                add(series[2], t.satisfaction());
            }
            h.append("<h2>三率走势 Trend of the three rates</h2><div class=\"chart\"><canvas id=\"trend\"></canvas></div>")
                    .append("<script>new Chart(document.getElementById('trend'),{type:'line',data:{labels:")
                    .append(js(months)).append(",datasets:[")
                    .append("{label:'响应率 response',data:").append(series[0]).append(",borderColor:'#3b7dd8'},")
                    .append("{label:'解决率 resolution',data:").append(series[1]).append(",borderColor:'#2a9d55'},")
                    .append("{label:'满意率 satisfaction',data:").append(series[2]).append(",borderColor:'#d8893b'}]},")
                    .append("options:{animation:false,spanGaps:false,scales:{y:{min:0,max:1}}}});</script>");
        }
        if (!report.worstCases().isEmpty()) {
            h.append("<h2>失分最多的事项 Cases that cost most</h2>");
            for (CaseSummary c : report.worstCases()) {
                h.append("<div class=\"case\"><b>").append(esc(c.issue().value())).append("</b> ")
                        .append(esc(c.title().zh())).append(" <span class=\"neg\">")
                        .append(String.format(Locale.ROOT, "%+.2f", c.points())).append("</span><ol>");
                c.timeline().forEach(line -> h.append("<li>").append(esc(line)).append("</li>"));
                h.append("</ol></div>");
            }
        }
        DeliberationSection.html(report, h);
        ServiceSection.html(report, h);
        return h.append("</body></html>\n").toString();
    }

    /** JSON for a script block: "</" would end the script early. */
    private static String js(ArrayNode node) {
        return node.toString().replace("</", "<\\/");
    }

    private static void add(ArrayNode series, Optional<Double> value) {
        if (value.isPresent()) {
            series.add(value.get());
        } else {
            series.addNull();
        }
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /** HTML escaping of text content; also keeps {@code </script>} out of inlined data. */
    static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /**
     * The bundled Chart.js the reports inline, for pages of other modules (the server's dashboard) that draw the
     * same charts without the network.
     *
     * @throws IllegalStateException if the webjar is missing from the classpath
     */
    public static String chartJs() {
        try (InputStream in = ReportWriter.class.getClassLoader().getResourceAsStream(CHART_JS)) {
            if (in == null) {
                throw new IllegalStateException("Chart.js is missing from the classpath: " + CHART_JS);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("</script", "<\\/script");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
