package org.gridgov.rules.facts;

import java.util.Objects;

/**
 * One question a rule asked of a case ({@link QueryableCase}): which accessor, with which argument. Routing and
 * escalation remember rule firings by the answers to the questions rules ask (see {@link CaseReads}), so two cases
 * that answer every question alike get the same firings without running the rules again.
 *
 * @param kind the accessor
 * @param arg  its argument; empty for accessors without one
 */
public record CaseQuery(Kind kind, String arg) {

    /** The accessors of {@link RoutingCase} and {@link EscalationCase} that read what the issue is. */
    public enum Kind {
        ISSUE_ID, CATEGORY, CATEGORY_PATH, WITHIN, CHANNEL, SEVERITY, SEVERITY_RANK, LOCATION, LOCATION_LEVEL,
        LOCATED_IN, HAS_LEVEL, HAS_TAG, LAYER, IN_LAYER, REJECTIONS, EMERGENCY,
        DUE, WARNING, REPORT_IN, RATED_UNSATISFIED, REPORTING_ORGANIZATION, OWNER_LEVEL, ESCALATION_LEVEL,
        PENDING_REPORT_INS, CHECKED_IN, STAGE, OWNER_ABSENT;

        private final CaseQuery bare = new CaseQuery(this, "");

        /** This accessor without an argument, shared. */
        CaseQuery query() {
            return bare;
        }
    }

    public CaseQuery {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(arg, "arg");
    }
}
