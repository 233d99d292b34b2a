package org.gridgov.report;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.gridgov.issue.IssueEvent;

/** A case's timeline as text for people: one line per event, local time first. */
public final class TimelineText {
    private TimelineText() {
    }

    /**
     * One event as a line, e.g. {@code 2023-06-22T10:00 Escalated → weibei-rc: 超时上报…}.
     *
     * @param e    the event
     * @param zone the city's zone, for the local time
     * @return the line, reasons in Chinese
     */
    public static String line(IssueEvent e, ZoneId zone) {
        return LocalDateTime.ofInstant(e.at(), zone).truncatedTo(ChronoUnit.MINUTES) + " " + describe(e, zone);
    }

    /**
     * One event without its time: its kind and what it changed.
     *
     * @param e    the event
     * @param zone the city's zone, for instants inside the event
     * @return the description, reasons in Chinese
     */
    public static String describe(IssueEvent e, ZoneId zone) {
        String kind = e.getClass().getSimpleName();
        if (e instanceof IssueEvent.Routed r) {
            return kind + " → " + r.owner() + ": " + r.reason().zh();
        }
        if (e instanceof IssueEvent.Escalated x) {
            return kind + " → " + x.newOwner() + ": " + x.reason().zh();
        }
        if (e instanceof IssueEvent.Warned w) {
            return kind + " " + w.deadline() + ": " + w.message().zh();
        }
        if (e instanceof IssueEvent.DeadlineSet d) {
            return kind + " " + d.kind() + " " + LocalDateTime.ofInstant(d.due(), zone).truncatedTo(ChronoUnit.MINUTES);
        }
        if (e instanceof IssueEvent.Rated r) {
            return kind + " " + r.rating().displayName().zh();
        }
        if (e instanceof IssueEvent.Supervised s) {
            return kind + " " + s.note();
        }
        return kind;
    }
}
