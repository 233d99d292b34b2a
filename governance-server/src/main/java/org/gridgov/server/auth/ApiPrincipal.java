package org.gridgov.server.auth;

import java.util.Objects;
import org.gridgov.actor.Actor;

/**
 * A caller the tokens file names.
 *
 * @param id    the principal's id, shown in logs and audit instead of the token
 * @param actor who its commands are issued as
 */
public record ApiPrincipal(String id, Actor actor) {
    public ApiPrincipal {
        Objects.requireNonNull(actor, "actor");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a principal needs an id");
        }
    }
}
