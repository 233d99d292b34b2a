package org.gridgov.service;

import java.util.List;
import java.util.Optional;
import org.gridgov.i18n.Bilingual;
import org.gridgov.policy.Explanation;
import org.gridgov.policy.PolicyVersion;
import org.gridgov.timeline.FollowUpDecision;

/**
 * What a city decides about service, as questions the engine asks: which community an in-service member reports
 * in to ({@link #destination}), whether a unit's resource answers a community's need ({@link #match}), who verifies
 * a submitted service ({@link #verifier}) and by when ({@link #verification}), what to do when that falls due
 * ({@link #followUp}), how a unit stands on its members' report-in and service ({@link #standing}: points, and
 * whether it stays eligible for awards, 评先评优), and a member's service stars for a quarter ({@link #stars}, 三亮).
 * Rule packs implement it; {@link #none()} is the plain default. Deterministic and thread-safe; every answer names
 * the pack version that gave it and explains itself.
 */
public interface ServicePolicy {

    /** Where a member reports in: one of the request's communities, or none ({@code nowhere-to-report}). */
    Destined destination(DestinationRequest request);

    /** Whether a resource of a unit answers a need of its paired community (需求清单、资源清单 into a project). */
    Match match(ServiceEvent.Listed need, ServiceEvent.Listed resource);

    /** Where the staff who verify and confirm a service sit: the member's community, or the street above it. */
    Verifier verifier(VerifierRequest request);

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

    /**
     * Where a member reports in, and why.
     *
     * @param destination the community and basis; empty for nowhere
     * @param explanation why
     * @param version     the pack that decided
     */
    record Destined(Optional<Destination> destination, Explanation explanation, PolicyVersion version) {
    }

    /**
     * Whether a need and a resource match, and why.
     *
     * @param matches     true if they may form a project
     * @param explanation why
     * @param version     the pack that decided
     */
    record Match(boolean matches, Explanation explanation, PolicyVersion version) {
    }

    /**
     * Who verifies a service: the node whose staff verify and confirm it (their commands are authorized there).
     *
     * @param node        the node
     * @param explanation why
     * @param version     the pack that decided
     */
    record Verifier(org.gridgov.jurisdiction.NodeId node, Explanation explanation, PolicyVersion version) {
    }

    /**
     * The policy without rules: the seeds' plain practice (the residence rule, then the employer's first paired
     * community; a resource of the same category and at least the need's quantity matches; the member's community
     * verifies), no limits, nothing followed up, every unit eligible with no points.
     */
    static ServicePolicy none() {
        PolicyVersion none = new PolicyVersion("none", "0", "");
        Explanation plain = new Explanation(Bilingual.of("没有服务规则", "no service rules"), List.of(), List.of(), true);
        return new ServicePolicy() {
            @Override
            public Destined destination(DestinationRequest r) {
                Optional<Destination> d = r.home().map(h -> new Destination(h, Basis.RESIDENCE))
                        .or(() -> r.paired().stream().findFirst().map(c -> new Destination(c, Basis.EMPLOYER_PAIRING)));
                return new Destined(d, plain, none);
            }

            @Override
            public Match match(ServiceEvent.Listed need, ServiceEvent.Listed resource) {
                return new Match(need.category().equals(resource.category()) && resource.quantity() >= need.quantity(),
                        plain, none);
            }

            @Override
            public Verifier verifier(VerifierRequest request) {
                return new Verifier(request.community(), plain, none);
            }

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
