package org.gridgov.metrics;

import java.util.Objects;
import org.gridgov.issue.Owner;
import org.gridgov.jurisdiction.Jurisdiction;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.organization.OrganizationId;
import org.gridgov.people.PersonId;

/**
 * Whose cases a {@link MetricReport} measures. A case belongs to a scope through its <em>responsible owner</em>
 * (see {@link Metrics}): the owner when it was last resolved, or, if it was never resolved, the last owner it was
 * dispatched, escalated or reassigned to. A case that never had an owner belongs to no scope.
 *
 * <p>Report-in punctuality is the exception for {@link Organization}: there the summons of the organization
 * count, on any case, since a summoned department is rarely the owner.
 */
public sealed interface Scope {

    /**
     * Whether a case with this responsible owner belongs to the scope.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a node involved is not in the tree
     */
    boolean contains(Owner owner, Jurisdiction tree);

    /** The cases owned at a node or anywhere below it, such as a street with its communities and grids. */
    record Subtree(NodeId node) implements Scope {
        public Subtree {
            Objects.requireNonNull(node, "node");
        }

        @Override
        public boolean contains(Owner owner, Jurisdiction tree) {
            return tree.isAncestorOrSelf(node, owner.node());
        }
    }

    /** The cases owned by an organization, such as a street's urban management office, wherever it sits. */
    record Organization(OrganizationId organization) implements Scope {
        public Organization {
            Objects.requireNonNull(organization, "organization");
        }

        @Override
        public boolean contains(Owner owner, Jurisdiction tree) {
            Objects.requireNonNull(tree, "tree");
            return owner.organization().filter(organization::equals).isPresent();
        }
    }

    /** The cases owned by a person, such as a grid worker. */
    record Person(PersonId person) implements Scope {
        public Person {
            Objects.requireNonNull(person, "person");
        }

        @Override
        public boolean contains(Owner owner, Jurisdiction tree) {
            Objects.requireNonNull(tree, "tree");
            return owner.person().filter(person::equals).isPresent();
        }
    }
}
