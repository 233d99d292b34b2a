package org.gridgov.rules.routing;

import org.gridgov.rules.facts.Proposal;
import org.gridgov.rules.firing.Firing;

/** A proposal with the rule that made it and its place in firing order. */
record Proposed(Firing firing, Proposal proposal, int priority, int order, int where) {
    Proposed(Firing firing, Proposal proposal, int priority, int order) {
        this(firing, proposal, priority, order, -1);
    }

    /** This proposal with the city-wide number of its (level, type, role) question. */
    Proposed numbered(OwnerResolver resolver) {
        return new Proposed(firing, proposal, priority, order, resolver.where(proposal.level(),
                proposal.organizationType(), proposal.role()));
    }
}
