package org.gridgov.server.open311;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Locale;
import java.util.stream.Collectors;
import org.gridgov.city.City;
import org.gridgov.issue.DeadlineKind;
import org.gridgov.issue.Issue;
import org.gridgov.issue.IssueStatus;
import org.gridgov.jurisdiction.JurisdictionNode;
import org.gridgov.privacy.Masking;
import org.gridgov.report.TimelineText;

/**
 * An issue as a GeoReport service request. {@code status} is {@code open} while someone still has to act and
 * {@code closed} once resolved; {@code status_notes} gives the stage (and the escalation level and pending
 * summons) in Chinese and English; {@code agency_responsible} is the owner; {@code expected_datetime} the resolve
 * deadline, counted by the location's work calendar. Times are UTC. The description is masked (phone and ID
 * numbers) and the reporter appears only by masked name.
 */
final class RequestView {
    private RequestView() {
    }

    static void write(ObjectNode r, Issue issue, City city) {
        r.put("service_request_id", issue.id().value());
        r.put("status", issue.status().isOpen() ? "open" : "closed");
        r.put("status_notes", notes(issue));
        city.categories().find(issue.facts().category()).ifPresent(c -> r.put("service_name", c.name().zh()));
        r.put("service_code", issue.facts().category().value());
        r.put("description", Masking.text(issue.facts().description()));
        r.put("agency_responsible", issue.owner().map(o -> TimelineText.owner(o, city, Locale.CHINESE)).orElse(""));
        r.put("service_notice", "");
        r.put("requested_datetime", time(issue.timeline().get(0).at()));
        r.put("updated_datetime", time(issue.lastEventAt()));
        issue.deadline(DeadlineKind.RESOLVE).ifPresentOrElse(d -> r.put("expected_datetime", time(d)),
                () -> r.putNull("expected_datetime"));
        JurisdictionNode node = city.jurisdiction().node(issue.facts().location());
        r.put("address", city.jurisdiction().path(node.id()).stream().skip(1).map(n -> n.name().zh())
                .collect(Collectors.joining(" ")));
        r.put("address_id", node.id().value());
        r.putNull("zipcode");
        r.putNull("lat");
        r.putNull("long");
        r.putNull("media_url");
    }

    /** UTC to the second, as GeoReport's W3C date-times are commonly read. */
    static String time(Instant at) {
        return at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    private static String notes(Issue issue) {
        IssueStatus s = issue.status();
        String zh = s.displayName().zh();
        String en = s.displayName().en();
        if (issue.escalationLevel() > 0) {
            zh += "，已上报 " + issue.escalationLevel() + " 级";
            en += ", escalated " + issue.escalationLevel() + (issue.escalationLevel() == 1 ? " level" : " levels");
        }
        long pending = issue.participants().stream().filter(p -> !p.checkedIn() && !p.missed()).count();
        if (pending > 0) {
            zh += "，" + pending + " 个单位待报到";
            en += ", " + pending + (pending == 1 ? " unit" : " units") + " to report in";
        }
        if (issue.closure().isPresent()) {
            zh += "（" + issue.closure().get().displayName().zh() + "）";
            en += " (" + issue.closure().get().displayName().en() + ")";
        }
        return zh + " / " + en;
    }
}
