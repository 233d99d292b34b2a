package org.gridgov.escalation;

import java.util.Objects;
import java.util.Optional;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.DeadlineKind;
import org.gridgov.jurisdiction.LevelId;
import org.gridgov.organization.OrganizationId;
import org.gridgov.time.TimeLimit;

/**
 * What an escalation policy asks the engine to do about a due item. The engine turns each action into events on
 * the issue's timeline, so that replaying the timeline reproduces the effect.
 */
public sealed interface EscalationAction {

    /** Warn the owner (预警); the warning uses up the due deadline. */
    record Warn(Bilingual message) implements EscalationAction {
        public Warn {
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * Escalate one level up (吹哨): the new owner is found by routing with the level above the current owner as
     * a floor, or {@code atLeast} where that is higher (吉林's 市委督单 takes an overdue case straight to the
     * city). At the top level there is nothing above; the engine then records the deadline as passed. A floor
     * the city does not have is ignored.
     */
    record Escalate(Bilingual reason, Optional<LevelId> atLeast) implements EscalationAction {
        public Escalate {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(atLeast, "atLeast");
        }

        /** One level up. */
        public Escalate(Bilingual reason) {
            this(reason, Optional.empty());
        }
    }

    /** Summon an organization to report in (报到) within a limit. */
    record Summon(OrganizationId organization, TimeLimit reportIn) implements EscalationAction {
        public Summon {
            Objects.requireNonNull(organization, "organization");
            Objects.requireNonNull(reportIn, "reportIn");
        }
    }

    /** Record that the organization of a due report-in missed it (报到超时), against that organization. */
    record RecordMissedReportIn(OrganizationId organization) implements EscalationAction {
        public RecordMissedReportIn {
            Objects.requireNonNull(organization, "organization");
        }
    }

    /** Supervision by a superior (督办, 市委督单). */
    record Supervise(String note) implements EscalationAction {
        public Supervise {
            Objects.requireNonNull(note, "note");
        }
    }

    /**
     * Give the issue to whoever acts for the owner's post now (转B岗): when the person who owns it is away, the
     * backup of the same post at the same place takes it. Nothing happens if nobody else acts for the post.
     */
    record ReassignToBackup(Bilingual reason) implements EscalationAction {
        public ReassignToBackup {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Reopen a resolved or closed issue (重办), back to its last owner. */
    record Reopen(Bilingual reason) implements EscalationAction {
        public Reopen {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * Set a deadline of a kind, counted from the decision's instant in the location's calendar. A {@code resolve}
     * deadline brings its warning instants with it.
     */
    record SetDeadline(DeadlineKind kind, TimeLimit limit) implements EscalationAction {
        public SetDeadline {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(limit, "limit");
        }
    }
}
