package org.gridgov.service;

import java.util.List;
import java.util.Optional;
import org.gridgov.i18n.Bilingual;
import org.gridgov.policy.Explanation;
import org.gridgov.policy.PolicyVersion;
import org.gridgov.timeline.FollowUpDecision;

/**
 * What a city decides about service, as questions the engine asks: by when a submitted service must be verified
 * and confirmed ({@link #verification}), what to do when that falls due ({@link #followUp}), how a unit stands on
 * its members' report-in and service ({@link #standing}: points, and whether it stays eligible for awards, 评先评优),
 * and a member's service stars for a quarter ({@link #stars}, 三亮).
 * Rule packs implement it; {@link #none()} is the plain default. Deterministic and thread-safe.
 */
public interface ServicePolicy {

    /** By when the community must verify and confirm a submitted service; empty for no limit. */
    Verification verification(ServiceRecord record);

    /** What to do about a record whose deadline fell due. */
    FollowUpDecision followUp(ServiceRecord record, String due, int openDays);

    /** A unit's standing on its members' rates for a year. */
    UnitStanding standing(UnitStandingRequest request);

    /** A member's service stars for a period (三亮's quarterly ranking). */
    Stars stars(MemberQuarter quarter);

    /**
     * The limit to verify a service, and why.
     *
     * @param within      the limit, as policy text is read into it
     * @param explanation why
     * @param version     the pack that decided
     */
    record Verification(Optional<org.gridgov.time.TimeLimit> within, Explanation explanation, PolicyVersion version) {
    }

    /** The policy without rules: no limits, nothing followed up, every unit eligible with no points. */
    static ServicePolicy none() {
        PolicyVersion none = new PolicyVersion("none", "0", "");
        Explanation plain = new Explanation(Bilingual.of("没有服务规则", "no service rules"), List.of(), List.of(), true);
        return new ServicePolicy() {
            @Override
            public Verification verification(ServiceRecord record) {
                return new Verification(Optional.empty(), plain, none);
            }

            @Override
            public FollowUpDecision followUp(ServiceRecord record, String due, int openDays) {
                return new FollowUpDecision(List.of(), plain, none);
            }

            @Override
            public UnitStanding standing(UnitStandingRequest request) {
                return new UnitStanding(request.unit(), true, 0, List.of(), plain, none);
            }

            @Override
            public Stars stars(MemberQuarter quarter) {
                return new Stars(quarter, 0, plain, none);
            }
        };
    }
}
