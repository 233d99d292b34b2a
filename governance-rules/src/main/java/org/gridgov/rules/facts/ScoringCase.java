package org.gridgov.rules.facts;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;

/**
 * One case of a unit being scored, as scoring rules see it.
 *
 * <p>Conditions: {@code within("environment")}, {@code channel}, {@code severityRank}, {@code late} (resolved after
 * a resolve deadline of its round had passed, escalations included: {@code ResolveClock}), {@code reopened}, {@code rejectedDispatches}, {@code missedReportIns} (by the
 * unit, for a department), {@code unsatisfied} (latest rating), {@code proactive} (found by the grid before anyone
 * complained and resolved: 未诉先办), {@code resolved}, {@code department} (a summoned department is scored).
 *
 * <p>Actions: {@link #deductAt} and {@link #addAt}, naming the event the points rest on: {@code resolved},
 * {@code reopened}, {@code dispatch-rejected}, {@code report-in-missed}, {@code rated}, {@code reported}.
 */
public final class ScoringCase {
    private final String issueId;
    private final List<String> categoryPath;
    private final String channel;
    private final int severityRank;
    private final boolean late;
    private final int reopened;
    private final int rejectedDispatches;
    private final int missedReportIns;
    private final boolean unsatisfied;
    private final boolean proactive;
    private final boolean resolved;
    private final boolean department;
    private final Map<String, Integer> events;
    private final ScoreSheet sheet;

    /**
     * @param department whether a summoned department, not the owner, is being scored on the case
     * @param events the index in the case's timeline of the first event of each kind named in the actions
     */
    public ScoringCase(String issueId, List<String> categoryPath, String channel, int severityRank, boolean late,
                       int reopened, int rejectedDispatches, int missedReportIns, boolean unsatisfied,
                       boolean proactive, boolean resolved, boolean department, Map<String, Integer> events,
                       ScoreSheet sheet) {
        this.issueId = issueId;
        this.categoryPath = ImmutableList.copyOf(categoryPath);
        this.channel = channel;
        this.severityRank = severityRank;
        this.late = late;
        this.reopened = reopened;
        this.rejectedDispatches = rejectedDispatches;
        this.missedReportIns = missedReportIns;
        this.unsatisfied = unsatisfied;
        this.proactive = proactive;
        this.resolved = resolved;
        this.department = department;
        this.events = ImmutableMap.copyOf(events);
        this.sheet = sheet;
    }

    public String getIssueId() {
        return issueId;
    }

    public boolean within(String categoryId) {
        return categoryPath.contains(categoryId);
    }

    public String getChannel() {
        return channel;
    }

    public int getSeverityRank() {
        return severityRank;
    }

    public boolean isLate() {
        return late;
    }

    public int getReopened() {
        return reopened;
    }

    public int getRejectedDispatches() {
        return rejectedDispatches;
    }

    public int getMissedReportIns() {
        return missedReportIns;
    }

    public boolean isUnsatisfied() {
        return unsatisfied;
    }

    public boolean isProactive() {
        return proactive;
    }

    public boolean isResolved() {
        return resolved;
    }

    /** True when a department is being scored on this case (it was summoned to it), not the case's owner. */
    public boolean isDepartment() {
        return department;
    }

    /** Takes points, resting on the first event of a kind. */
    public void deductAt(String eventKind, double points, String zh, String en) {
        sheet.add(new ScoreSheet.Entry(issueId, events.getOrDefault(eventKind, -1), -Math.abs(points), zh, en));
    }

    /** Adds points, resting on the first event of a kind. */
    public void addAt(String eventKind, double points, String zh, String en) {
        sheet.add(new ScoreSheet.Entry(issueId, events.getOrDefault(eventKind, -1), Math.abs(points), zh, en));
    }

    @Override
    public String toString() {
        return "ScoringCase[" + issueId + "]";
    }
}
