package org.gridgov.rules.facts;

/**
 * A case whose rule-visible state can be asked question by question: what remembering rule firings by case shape
 * needs. Every accessor rules can call records the question in the case's {@link CaseReads} while recording.
 */
public interface QueryableCase extends ProposalLog {

    /**
     * The answer this case gives to a question, as the accessor returns it; asking counts as a read.
     *
     * @throws IllegalArgumentException if this kind of case has no such accessor
     */
    Object answer(CaseQuery query);
}
