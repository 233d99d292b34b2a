package org.gridgov.report;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.IssueId;

/**
 * A case shown in a report, with what it cost and its timeline as lines of text.
 *
 * @param issue    the case
 * @param title    what it was about, e.g. {@code 下水道堵塞 @ 维北社区第1网格}
 * @param points   the points it cost (negative) or brought
 * @param timeline its events, one line each, oldest first
 */
public record CaseSummary(IssueId issue, Bilingual title, double points, List<String> timeline) {
    public CaseSummary {
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(title, "title");
        timeline = ImmutableList.copyOf(timeline);
    }
}
