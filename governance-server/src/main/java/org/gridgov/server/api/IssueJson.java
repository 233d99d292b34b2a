package org.gridgov.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.gridgov.city.City;
import org.gridgov.issue.Issue;
import org.gridgov.issue.IssueEvent;
import org.gridgov.report.TimelineText;

/**
 * A case as the API shows it: its state, deadlines, parties and its timeline explained line by line in Chinese and
 * English (names of people masked, phone and ID numbers in free text masked).
 */
final class IssueJson {
    private IssueJson() {
    }

    static void summary(ObjectNode n, Issue issue, City city) {
        n.put("id", issue.id().value());
        n.put("status", issue.status().name().toLowerCase(Locale.ROOT));
        n.put("statusName", issue.status().displayName().zh());
        n.put("category", issue.facts().category().value());
        n.put("location", issue.facts().location().value());
        n.put("locationName", city.jurisdiction().node(issue.facts().location()).name().zh());
        issue.owner().ifPresent(o -> n.put("owner", TimelineText.owner(o, city, Locale.CHINESE))
                .put("ownerNode", o.node().value()));
        n.put("escalationLevel", issue.escalationLevel());
        n.put("version", issue.version());
        ObjectNode deadlines = n.putObject("deadlines");
        issue.deadlines().forEach((k, v) -> deadlines.put(k, v.toString()));
    }

    static void full(ObjectNode n, Issue issue, City city) {
        summary(n, issue, city);
        ArrayNode parties = n.putArray("participants");
        issue.participants().forEach(p -> {
            ObjectNode o = parties.addObject().put("organization", p.organization().value())
                    .put("summonedAt", p.summonedAt().toString()).put("checkedIn", p.checkedIn())
                    .put("missed", p.missed());
            p.reportInBy().ifPresent(d -> o.put("reportInBy", d.toString()));
        });
        ArrayNode timeline = n.putArray("timeline");
        for (IssueEvent e : issue.timeline()) {
            timeline.addObject().put("type", e.getClass().getSimpleName()).put("at", e.at().toString())
                    .put("zh", TimelineText.describe(e, city, Locale.CHINESE))
                    .put("en", TimelineText.describe(e, city, Locale.ENGLISH));
        }
    }
}
