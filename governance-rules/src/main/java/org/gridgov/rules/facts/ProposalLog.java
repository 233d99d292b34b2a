package org.gridgov.rules.facts;

import java.util.List;

/** A fact whose actions record proposals, so that a listener can tell which rule made which. */
public interface ProposalLog {

    /** Everything proposed so far, in firing order. */
    List<Proposal> proposals();

    /** The number of proposals so far. */
    int proposalCount();
}
