package org.gridgov.rules.facts;

import java.util.Optional;

/**
 * What one rule action asked for, before the routing policy resolves it against the city.
 *
 * @param kind             what was asked
 * @param level            the level id, in the pack's vocabulary ({@code grid}, {@code community}, {@code street},
 *                         {@code district}, {@code city}) or the city's own
 * @param organizationType the organization type to own it at that level, if any
 * @param role             the owning role, if any
 * @param limit            a time limit as policy text ({@code 24 小时}), if the rule sets one
 * @param note             a text for people (a warning, a supervision note), if any
 */
public record Proposal(Kind kind, String level, Optional<String> organizationType, Optional<String> role,
                       Optional<String> limit, Optional<String> note) {

    /** A proposal without a note. */
    public Proposal(Kind kind, String level, Optional<String> organizationType, Optional<String> role,
                    Optional<String> limit) {
        this(kind, level, organizationType, role, limit, Optional.empty());
    }

    /** The kinds of rule action. */
    public enum Kind {
        /** Own the issue at a level, optionally by an organization type and role. */
        HANDLE,
        /** Handle it together with the owner. */
        CO_HANDLE,
        /** Handle it together with the owner: the member of a type of the alliances at a level (党建联盟). */
        CO_HANDLE_ALLIANCE,
        /** Whoever owns it, not below this level (severity raising the level). */
        AT_LEAST,
        /** The time limit that applies. */
        LIMIT,
        /** Escalation: warn the owner. */
        WARN,
        /** Escalation: one level up (吹哨). */
        ESCALATE,
        /** Escalation: summon an organization of a type at a level to report in within a limit. */
        SUMMON,
        /** Escalation: summon the members of the alliances at a level to report in within a limit. */
        SUMMON_ALLIANCE,
        /** Escalation: record the due report-in as missed. */
        MISSED_REPORT_IN,
        /** Escalation: supervision with a note. */
        SUPERVISE,
        /** Escalation: set a deadline of a kind ({@code level} holds the kind) with a limit. */
        DEADLINE,
        /** Escalation: reopen a resolved or closed issue. */
        REOPEN,
        /** Escalation: give the issue to the backup of the absent owner's post. */
        REASSIGN,
        /** Deliberation: a body of a kind ({@code level} holds the kind) must take the item. */
        MUST_GO_TO,
        /** Deliberation: a limit for an item's deadline ({@code level} holds the kind). */
        WITHIN,
        /** Deliberation: the quorum's share ({@code level} holds it, e.g. {@code >=2/3}). */
        QUORUM,
        /** Deliberation: a seat the quorum requires ({@code level} holds its key). */
        REQUIRE_SEAT,
        /** Deliberation: the majority's share ({@code level}). */
        MAJORITY,
        /** Deliberation: what the majority is counted of ({@code level}: cast, present, seats). */
        MAJORITY_BASE,
        /** Deliberation: the fewest votes that decide ({@code level} holds the number). */
        MINIMUM_VOTES,
        /** Scoring a body: points ({@code level}) with a reason ({@code note}: Chinese, a line break, English). */
        POINTS,
        /** Service: a unit is not eligible for awards, with a reason ({@code note}). */
        INELIGIBLE,
        /** Service: a member's stars for a quarter ({@code level} holds the number). */
        STARS,
        /** Service: where a member reports in ({@code level}: {@code home} or {@code paired}). */
        REPORT_TO,
        /** Service: a resource answers a need. */
        MATCH,
        /** Service: a resource must not answer a need, with a reason ({@code note}). */
        NO_MATCH,
        /** Service: who verifies a service ({@code level}: {@code community} or {@code street}). */
        VERIFIED_BY
    }
}
