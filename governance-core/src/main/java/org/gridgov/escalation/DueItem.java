package org.gridgov.escalation;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.gridgov.issue.IssueId;
import org.gridgov.organization.OrganizationId;

/**
 * Something of an issue that falls due at an instant: one of its deadlines (by kind, e.g. {@code accept},
 * {@code resolve}, {@code warn-80}), or the report-in deadline of a summoned organization.
 *
 * @param issue the issue
 * @param key   the deadline's kind, or {@code report-in:<organization id>}
 * @param due   when it falls due
 */
public record DueItem(IssueId issue, String key, Instant due) {
    private static final String REPORT_IN = "report-in:";

    /** Earliest first, then by issue id and key, so that a tick handles items in a reproducible order. */
    public static final Comparator<DueItem> ORDER = Comparator.comparing(DueItem::due)
            .thenComparing(i -> i.issue().value()).thenComparing(DueItem::key);

    public DueItem {
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(due, "due");
    }

    /** The report-in deadline of a summoned organization. */
    public static DueItem reportIn(IssueId issue, OrganizationId organization, Instant due) {
        return new DueItem(issue, REPORT_IN + organization.value(), due);
    }

    /** For a report-in item, the organization that must report in. */
    public Optional<OrganizationId> reportingOrganization() {
        return key.startsWith(REPORT_IN) ? Optional.of(new OrganizationId(key.substring(REPORT_IN.length())))
                : Optional.empty();
    }
}
