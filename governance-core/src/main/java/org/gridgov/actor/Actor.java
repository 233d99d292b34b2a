package org.gridgov.actor;

import java.util.Objects;
import java.util.Optional;
import org.gridgov.i18n.Bilingual;
import org.gridgov.people.PersonId;
import org.gridgov.role.RoleTarget;
import org.gridgov.role.RoleTypeId;

/**
 * Who issues a command or causes an event: a person, acting in a role at a place or as a plain resident, or
 * a system such as the 12345 hotline or the escalation engine. Every command names its actor, so that who
 * may do what can be decided by policy and every event records who did it.
 */
public sealed interface Actor {

    /**
     * A person. {@code role} and {@code target} are both present for someone acting in a role (a grid worker
     * at their grid) and both empty for a resident acting for themself.
     *
     * @param person the person
     * @param role   the role acted in, if any
     * @param target where the role is held, present exactly when {@code role} is
     */
    record Person(PersonId person, Optional<RoleTypeId> role, Optional<RoleTarget> target) implements Actor {
        /** @throws IllegalArgumentException if only one of role and target is given */
        public Person {
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(target, "target");
            if (role.isPresent() != target.isPresent()) {
                throw new IllegalArgumentException("an actor's role and the place it is held go together");
            }
        }

        @Override
        public String toString() {
            return role.map(r -> "person " + person + " as " + r + " at " + target.get())
                    .orElse("person " + person);
        }
    }

    /**
     * A system: an intake channel, a platform, an engine.
     *
     * @param id   a stable id such as {@code hotline-12345} or {@code escalation}
     * @param name display name
     */
    record System(String id, Bilingual name) implements Actor {
        /** @throws IllegalArgumentException if the id is blank */
        public System {
            Objects.requireNonNull(name, "name");
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("a system actor needs an id");
            }
        }

        @Override
        public String toString() {
            return "system " + id;
        }
    }

    /** A person acting in a role. */
    static Actor inRole(PersonId person, RoleTypeId role, RoleTarget target) {
        return new Person(person, Optional.of(role), Optional.of(target));
    }

    /** A person acting for themself, as a resident. */
    static Actor resident(PersonId person) {
        return new Person(person, Optional.empty(), Optional.empty());
    }

    /** A system actor. */
    static Actor system(String id, Bilingual name) {
        return new System(id, name);
    }
}
