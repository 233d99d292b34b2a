package org.gridgov.metrics;

import static org.gridgov.issue.IssueFixtures.ENGINE;
import static org.gridgov.issue.IssueFixtures.GRID_WORKER;
import static org.gridgov.issue.IssueFixtures.HOTLINE;
import static org.gridgov.issue.IssueFixtures.RESIDENT;
import static org.gridgov.issue.IssueFixtures.accepted;
import static org.gridgov.issue.IssueFixtures.noiseComplaint;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.Closure;
import org.gridgov.issue.Issue;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Owner;
import org.gridgov.issue.Rating;
import org.gridgov.organization.OrganizationId;

/**
 * A case history told with the issue commands, every step at a number of minutes after the report. Each step
 * must be accepted by the lifecycle.
 */
final class Story {
    private static final Bilingual WHY = Bilingual.of("理由", "reason");
    private final Instant reportedAt;
    private Issue issue;

    private Story(String id, Instant reportedAt) {
        this.reportedAt = reportedAt;
        this.issue = accepted(Issue.report(new IssueId(id), noiseComplaint(), HOTLINE, reportedAt));
    }

    static Story reported(String id, Instant at) {
        return new Story(id, at);
    }

    static Story reported(String id, String instant) {
        return new Story(id, Instant.parse(instant));
    }

    Instant t(long minutes) {
        return reportedAt.plus(Duration.ofMinutes(minutes));
    }

    Story route(Owner owner, long min) {
        issue = accepted(issue.route(owner, WHY, ENGINE, t(min)));
        return this;
    }

    Story accept(long min) {
        issue = accepted(issue.accept(GRID_WORKER, t(min)));
        return this;
    }

    Story rejectDispatch(long min) {
        issue = accepted(issue.rejectDispatch(WHY, GRID_WORKER, t(min)));
        return this;
    }

    Story escalate(Owner owner, long min) {
        issue = accepted(issue.escalate(owner, WHY, ENGINE, t(min)));
        return this;
    }

    Story reassign(Owner owner, long min) {
        issue = accepted(issue.reassign(owner, WHY, ENGINE, t(min)));
        return this;
    }

    Story deadline(String kind, long dueMin, long min) {
        issue = accepted(issue.setDeadline(kind, t(dueMin), ENGINE, t(min)));
        return this;
    }

    Story warn(String kind, long min) {
        issue = accepted(issue.warn(kind, WHY, ENGINE, t(min)));
        return this;
    }

    Story clear(String kind, long min) {
        issue = accepted(issue.clearDeadline(kind, ENGINE, t(min)));
        return this;
    }

    Story summon(OrganizationId org, Long byMin, long min) {
        issue = accepted(issue.summon(org, Optional.ofNullable(byMin).map(this::t), ENGINE, t(min)));
        return this;
    }

    Story checkIn(OrganizationId org, long min) {
        issue = accepted(issue.checkIn(org, GRID_WORKER, t(min)));
        return this;
    }

    Story missed(OrganizationId org, long min) {
        issue = accepted(issue.recordMissedReportIn(org, ENGINE, t(min)));
        return this;
    }

    Story resolve(long min) {
        issue = accepted(issue.resolve("已处理", GRID_WORKER, t(min)));
        return this;
    }

    Story rate(Rating rating, long min) {
        issue = accepted(issue.rate(rating, "", RESIDENT, t(min)));
        return this;
    }

    Story callbackFailed(long min) {
        issue = accepted(issue.recordFailedCallback("无人接听", HOTLINE, t(min)));
        return this;
    }

    Story reopen(long min) {
        issue = accepted(issue.reopen(WHY, HOTLINE, t(min)));
        return this;
    }

    Story close(long min) {
        issue = accepted(issue.close(Closure.RESOLVED, "", HOTLINE, t(min)));
        return this;
    }

    Story exclude(long min) {
        issue = accepted(issue.exclude(Bilingual.of("诉求不合理", "an unreasonable demand"), HOTLINE, t(min)));
        return this;
    }

    Issue issue() {
        return issue;
    }
}
