package org.gridgov.authorization;

import java.util.Objects;
import java.util.Optional;
import org.gridgov.issue.Rejection;

/** Whether a command may go ahead: granted, naming the grant and the role it was granted in, or denied, saying why. */
public sealed interface AccessDecision {

    /**
     * Allowed.
     *
     * @param grant    the grant that allowed it
     * @param capacity the role the person acted in, for grants to roles
     */
    record Granted(Grant grant, Optional<Capacity> capacity) implements AccessDecision {
        public Granted {
            Objects.requireNonNull(grant, "grant");
            Objects.requireNonNull(capacity, "capacity");
        }
    }

    /**
     * Refused; the engine appends nothing.
     *
     * @param rejection code {@code not-permitted} (no grant covers it) or {@code unknown-actor} (the roster does not
     *                  bear out who the actor claims to be), and the reason in Chinese and English
     */
    record Denied(Rejection rejection) implements AccessDecision {
        public Denied {
            Objects.requireNonNull(rejection, "rejection");
        }
    }

    /** True if granted. */
    default boolean granted() {
        return this instanceof Granted;
    }
}
