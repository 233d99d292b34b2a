package org.gridgov.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.gridgov.issue.Issue;
import org.gridgov.issue.IssueEvent;
import org.gridgov.issue.Owner;
import org.gridgov.issue.ResolveClock;

/**
 * What the metrics need from one case, read in one pass over its timeline. The definitions are on
 * {@link Metrics}; this class only applies them.
 */
final class CaseRecord {
    static final String ACCEPT = "accept";

    final Issue issue;
    final Instant reportedAt;
    /** Responsible owner: at the latest resolution, else the last one dispatched, escalated or reassigned to. */
    final Optional<Owner> responsibleOwner;
    final boolean respondedInTime;
    final boolean resolved;
    final boolean resolvedOnTime;
    final boolean reopenedAfterResolution;
    final boolean dispatchRejected;
    final int ratings;
    final int failedCallbacks;

    private CaseRecord(Issue issue, Duration acceptLimit) {
        this.issue = issue;
        this.reportedAt = issue.timeline().get(0).at();
        Owner current = null;
        Owner atResolution = null;
        Instant lastDispatch = null;
        Instant acceptDue = null;
        Boolean inTime = null;
        boolean isResolved = false;
        boolean onTime = true;
        boolean reopened = false;
        boolean rejected = false;
        int rated = 0;
        int failed = 0;
        ResolveClock clock = new ResolveClock();
        for (IssueEvent e : issue.timeline()) {
            if (clock.observe(e)) {
                onTime = false; // resolved after a limit that had passed, whoever held the case then
            }
            if (e instanceof IssueEvent.Routed r) {
                current = r.owner();
                lastDispatch = r.at();
            } else if (e instanceof IssueEvent.Escalated x) {
                current = x.newOwner();
                lastDispatch = x.at();
            } else if (e instanceof IssueEvent.Reassigned r) {
                current = r.newOwner(); // the same dispatch, handled by someone else: the clock runs on
            } else if (e instanceof IssueEvent.DispatchRejected) {
                rejected = true; // the owner stays responsible until someone else is dispatched
            } else if (e instanceof IssueEvent.Accepted a && inTime == null) {
                Instant due = acceptDue != null ? acceptDue : lastDispatch.plus(acceptLimit);
                inTime = !a.at().isAfter(due);
            } else if (e instanceof IssueEvent.DeadlineSet d) {
                if (d.kind().equals(ACCEPT)) {
                    acceptDue = d.due();
                }
            } else if (e instanceof IssueEvent.DeadlineCleared c) {
                // a lifted limit no longer applies; a Warned one does: a warning does not excuse lateness
                if (c.kind().equals(ACCEPT)) {
                    acceptDue = null;
                }
            } else if (e instanceof IssueEvent.Resolved r) {
                isResolved = true;
                atResolution = current;
            } else if (e instanceof IssueEvent.Reopened) {
                reopened |= isResolved;
                acceptDue = null; // a new round runs on new limits, as the lifecycle clears them
            } else if (e instanceof IssueEvent.Closed) {
                acceptDue = null;
            } else if (e instanceof IssueEvent.Rated) {
                rated++;
            } else if (e instanceof IssueEvent.CallbackFailed) {
                failed++;
            }
        }
        this.responsibleOwner = Optional.ofNullable(isResolved ? atResolution : current);
        this.respondedInTime = inTime != null && inTime;
        this.resolved = isResolved;
        this.resolvedOnTime = isResolved && onTime;
        this.reopenedAfterResolution = reopened;
        this.dispatchRejected = rejected;
        this.ratings = rated;
        this.failedCallbacks = failed;
    }

    static CaseRecord of(Issue issue, Duration acceptLimit) {
        return new CaseRecord(issue, acceptLimit);
    }
}
