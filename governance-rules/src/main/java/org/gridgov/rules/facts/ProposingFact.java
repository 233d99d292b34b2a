package org.gridgov.rules.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the deliberation and service facts share: the proposals their actions record, in firing order. The policy
 * reads them; rules only call the actions.
 */
abstract class ProposingFact implements ProposalLog {
    private final List<Proposal> proposals = new ArrayList<>();

    /** Records a proposal of a kind with a value and, optionally, a limit or a note. */
    final void propose(Proposal.Kind kind, String value, String limit, String note) {
        proposals.add(new Proposal(kind, value, Optional.empty(), Optional.empty(), Optional.ofNullable(limit),
                Optional.ofNullable(note)));
    }

    @Override
    public final List<Proposal> proposals() {
        return List.copyOf(proposals);
    }

    @Override
    public final int proposalCount() {
        return proposals.size();
    }
}
