package org.gridgov.report.writer;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.gridgov.deliberation.BodyRecord;
import org.gridgov.deliberation.BodyScore;
import org.gridgov.report.DeliberationSummary;
import org.gridgov.report.EvaluationReport;

/** The deliberation section of a report: one row per body, in JSON and HTML. */
final class DeliberationSection {
    private DeliberationSection() {
    }

    static void json(EvaluationReport report, ArrayNode out) {
        for (DeliberationSummary d : report.deliberation()) {
            BodyRecord r = d.record();
            ObjectNode n = out.addObject().put("body", d.body().id().value()).put("name", d.body().name().zh())
                    .put("kind", d.body().kind().key()).put("meetings", r.meetings()).put("quorate", r.quorate())
                    .put("tabled", r.tabled()).put("decided", r.decided()).put("decidedOnTime", r.decidedOnTime())
                    .put("notCarried", r.notCarried()).put("reportedBack", r.reportedBack())
                    .put("reportedBackOnTime", r.reportedBackOnTime()).put("ratings", r.ratings())
                    .put("satisfied", r.satisfied()).put("tasks", r.tasks()).put("tasksResolved", r.tasksResolved())
                    .put("score", ReportWriter.round(d.score().score()));
            if (r.daysToDecision().isPresent()) {
                n.put("daysToDecision", ReportWriter.round(r.daysToDecision().getAsDouble()));
            } else {
                n.putNull("daysToDecision");
            }
            ArrayNode lines = n.putArray("lines");
            for (BodyScore.Line l : d.score().lines()) {
                lines.addObject().put("rule", l.rule()).put("points", ReportWriter.round(l.points()))
                        .put("reason", l.reason().zh()).put("reasonEn", l.reason().en());
            }
        }
    }

    static void html(EvaluationReport report, StringBuilder h) {
        if (report.deliberation().isEmpty()) {
            return;
        }
        h.append("<h2>议事协商 Deliberation</h2><table><tr><th>议事机构 body</th><th>会议 meetings (法定人数 quorate)</th>")
                .append("<th>议题 items</th><th>议定 decided</th><th>按时 on time</th><th>反馈 reported back</th>")
                .append("<th>平均议定天数 days to decision</th><th>满意率 satisfaction</th><th>得分 score</th></tr>");
        for (DeliberationSummary d : report.deliberation()) {
            BodyRecord r = d.record();
            h.append("<tr><td>").append(ReportWriter.esc(d.body().name().zh())).append("</td><td>").append(r.meetings())
                    .append(" (").append(r.quorate()).append(")</td><td>").append(r.tabled()).append("</td><td>")
                    .append(r.decided()).append(" · ").append(percent(r.decidedShare(), r.tabled())).append("</td><td>")
                    .append(r.decidedOnTime()).append("</td><td>").append(r.reportedBack()).append("</td><td>")
                    .append(r.daysToDecision().isPresent()
                            ? String.format(Locale.ROOT, "%.1f", r.daysToDecision().getAsDouble()) : "—")
                    .append("</td><td>").append(percent(r.satisfaction(), r.ratings())).append("</td><td>")
                    .append(String.format(Locale.ROOT, "%.2f", d.score().score())).append("</td></tr>");
        }
        h.append("</table>");
    }

    /** A share as a percentage, or a dash when there was nothing to share. */
    private static String percent(double share, int whole) {
        return whole == 0 ? "—" : String.format(Locale.ROOT, "%.0f%%", share * 100);
    }
}
