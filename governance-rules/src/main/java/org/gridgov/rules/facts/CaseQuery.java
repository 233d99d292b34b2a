package org.gridgov.rules.facts;

import java.util.Objects;

/**
 * One question a rule asked of a {@link RoutingCase}: which accessor, with which argument. Routing memoises rule
 * firings by the answers to the questions rules ask (see {@link CaseReads}), so two cases that answer every
 * question alike get the same firings without running the rules again.
 *
 * @param kind the accessor
 * @param arg  its argument; empty for accessors without one
 */
public record CaseQuery(Kind kind, String arg) {

    /** The accessors of {@link RoutingCase} that read what the issue is. */
    public enum Kind {
        ISSUE_ID, CATEGORY, CATEGORY_PATH, WITHIN, CHANNEL, SEVERITY, SEVERITY_RANK, LOCATION, LOCATION_LEVEL,
        LOCATED_IN, HAS_LEVEL, HAS_TAG, LAYER, IN_LAYER, REJECTIONS, EMERGENCY;

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
