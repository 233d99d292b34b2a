package org.gridgov.issue;

import java.time.Instant;

/**
 * Follows an issue's {@code resolve} deadlines along its timeline and tells whether one of them passed before
 * the issue was resolved: the measure of 按时办结 (resolved on time).
 *
 * <p>A deadline has passed when the issue was still open after its instant: while it was in force, something
 * happened after it (a resolution, a new limit, a lifted limit), or the engine handled it at its instant (a warning
 * recording that it passed, the whistle taking the case one level up, supervision). A command exactly at the
 * deadline is on time, and a deadline replaced before it fell due (a new owner after a rejected dispatch) has not
 * passed. Escalation does not reset the clock: a case that went up because its limit passed was not resolved on
 * time, even if the new owner resolves it within theirs. A reopened case starts a new round with a clock of its
 * own.
 *
 * <p>Feed the events in timeline order; not thread-safe.
 */
public final class ResolveClock {
    /** The deadline kind of an issue's time limit. */
    public static final String RESOLVE = "resolve";

    private Instant due;
    private boolean passed;

    /** Takes the next event of the timeline; returns whether it is a resolution after a passed deadline. */
    public boolean observe(IssueEvent e) {
        if (due != null && (e.at().isAfter(due) || handledAtItsInstant(e))) {
            passed = true;
        }
        if (e instanceof IssueEvent.DeadlineSet d && d.kind().equals(RESOLVE)) {
            due = d.due();
        } else if (e instanceof IssueEvent.DeadlineCleared c && c.kind().equals(RESOLVE)) {
            due = null;
        } else if (e instanceof IssueEvent.Reopened) {
            due = null;
            passed = false;
        } else if (e instanceof IssueEvent.Resolved) {
            return passed;
        }
        return false;
    }

    /** Whether a round's deadline has passed so far. */
    public boolean passed() {
        return passed;
    }

    /** What the engine appends when it handles a deadline at its due instant. */
    private boolean handledAtItsInstant(IssueEvent e) {
        return !e.at().isBefore(due) && (e instanceof IssueEvent.Escalated || e instanceof IssueEvent.Supervised
                || e instanceof IssueEvent.Warned w && w.deadline().equals(RESOLVE));
    }
}
