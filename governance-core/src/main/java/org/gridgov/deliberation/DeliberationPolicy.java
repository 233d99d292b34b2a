package org.gridgov.deliberation;

import java.util.List;
import java.util.Optional;
import org.gridgov.i18n.Bilingual;
import org.gridgov.policy.Explanation;
import org.gridgov.policy.PolicyVersion;
import org.gridgov.timeline.FollowUpDecision;

/**
 * What a city decides about deliberation, as four questions the engine asks: which kind of body must take an item
 * and within what limits ({@link #agenda}), how an item is counted at a meeting ({@link #counting}), what to do
 * when an item's deadline falls due ({@link #followUp}: an item stuck, a report back late), and how a body scores
 * over a period ({@link #score}). Rule packs implement it; {@link #bodyRules()} is the plain default. Every answer
 * explains itself. Implementations must be deterministic and thread-safe.
 */
public interface DeliberationPolicy {

    /** Which kind of body must take the item, and its limits. */
    AgendaDecision agenda(AgendaRequest request);

    /** The quorum and majority an item is counted by at a meeting (never laxer than the body's own). */
    CountingDecision counting(CountingRequest request);

    /** What to do about an item whose deadline fell due. */
    FollowUpDecision followUp(FollowUpRequest request);

    /** A body's score over a period. */
    BodyScore score(ScoreRequest request);

    /**
     * The policy without rules: no item must go to a body, no limits, each body counts by its own rules, nothing
     * is done when a deadline passes (there are none), and every body scores 0.
     */
    static DeliberationPolicy bodyRules() {
        PolicyVersion none = new PolicyVersion("none", "0", "");
        Explanation plain = new Explanation(Bilingual.of("没有议事规则，按议事机构自身规则", "no deliberation rules; the "
                + "body's own rules apply"), List.of(), List.of(), true);
        return new DeliberationPolicy() {
            @Override
            public AgendaDecision agenda(AgendaRequest request) {
                return new AgendaDecision(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                        plain, none);
            }

            @Override
            public CountingDecision counting(CountingRequest request) {
                return new CountingDecision(request.body().quorum(), request.body().majority(), List.of(), plain,
                        none);
            }

            @Override
            public FollowUpDecision followUp(FollowUpRequest request) {
                return new FollowUpDecision(List.of(), plain, none);
            }

            @Override
            public BodyScore score(ScoreRequest request) {
                return new BodyScore(request.body().id(), 0, List.of(), plain, none);
            }
        };
    }
}
