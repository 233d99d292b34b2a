package org.gridgov.escalation;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.gridgov.issue.DeadlineKind;
import org.gridgov.issue.IssueId;
import org.gridgov.organization.OrganizationId;

/**
 * Something of an issue that falls due at an instant: one of its deadlines, the report-in deadline of a summoned
 * organization, or a reaction (see {@link Due}).
 *
 * @param issue the issue
 * @param what  what falls due
 * @param due   when it falls due
 */
public record DueItem(IssueId issue, Due what, Instant due) {

    /** Earliest first, then by issue id and key, so that a tick handles items in a reproducible order. */
    public static final Comparator<DueItem> ORDER = Comparator.comparing(DueItem::due)
            .thenComparing(i -> i.issue().value()).thenComparing(DueItem::key);

    public DueItem {
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(due, "due");
    }

    /** A deadline of a kind. */
    public static DueItem deadline(IssueId issue, DeadlineKind kind, Instant due) {
        return new DueItem(issue, new Due.Deadline(kind), due);
    }

    /** The report-in deadline of a summoned organization. */
    public static DueItem reportIn(IssueId issue, OrganizationId organization, Instant due) {
        return new DueItem(issue, new Due.ReportIn(organization), due);
    }

    /** A reaction at an instant. */
    public static DueItem reaction(IssueId issue, Due.Reactions reaction, Instant at) {
        return new DueItem(issue, new Due.Reaction(reaction), at);
    }

    /** The stable text of what falls due, see {@link Due#key()}. */
    public String key() {
        return what.key();
    }

    /** For a deadline, its kind. */
    public Optional<DeadlineKind> deadlineKind() {
        return what instanceof Due.Deadline d ? Optional.of(d.kind()) : Optional.empty();
    }

    /** For a report-in item, the organization that must report in. */
    public Optional<OrganizationId> reportingOrganization() {
        return what instanceof Due.ReportIn r ? Optional.of(r.organization()) : Optional.empty();
    }
}
