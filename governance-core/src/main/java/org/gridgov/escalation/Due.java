package org.gridgov.escalation;

import java.util.Objects;
import org.gridgov.issue.DeadlineKind;
import org.gridgov.organization.OrganizationId;

/**
 * What fell due on an issue: one of its deadlines, the report-in deadline of a summoned organization, or a
 * reaction the engine hands to the escalation policy at once. {@link #key()} is the stable text rules and
 * reports use ({@code resolve}, {@code warn-80}, {@code report-in:<organization>}, {@code rated-unsatisfied}).
 */
public sealed interface Due {

    /** The stable text of what fell due. */
    String key();

    /**
     * A deadline of a kind.
     *
     * @param kind the deadline's kind
     */
    record Deadline(DeadlineKind kind) implements Due {
        public Deadline {
            Objects.requireNonNull(kind, "kind");
        }

        @Override
        public String key() {
            return kind.key();
        }
    }

    /**
     * A summoned organization's report-in deadline (报到时限).
     *
     * @param organization who must report in
     */
    record ReportIn(OrganizationId organization) implements Due {
        public ReportIn {
            Objects.requireNonNull(organization, "organization");
        }

        @Override
        public String key() {
            return "report-in:" + organization.value();
        }
    }

    /**
     * Something that happened and is decided on at once, not at a deadline.
     *
     * @param reaction what happened
     */
    record Reaction(Reactions reaction) implements Due {
        public Reaction {
            Objects.requireNonNull(reaction, "reaction");
        }

        @Override
        public String key() {
            return reaction.key();
        }
    }

    /** The reactions the engine asks about: a closed set. */
    enum Reactions {
        /** A resident rated the result unsatisfied (群众评价不满意). */
        RATED_UNSATISFIED("rated-unsatisfied"),
        /** A second party reported in (报到): whether to convene a joint consultation (会商). */
        PARTIES_CHECKED_IN("parties-checked-in");

        private final String key;

        Reactions(String key) {
            this.key = key;
        }

        /** The stable text rules see. */
        public String key() {
            return key;
        }
    }
}
