package org.gridgov.authorization;

import org.gridgov.city.City;

/**
 * Decides whether a command may go ahead. The engine asks before every command and refuses what is denied;
 * {@link Permissions} is the implementation cities configure. Implementations must be thread-safe, must not
 * throw for any request, and must deny what they do not recognise.
 */
@FunctionalInterface
public interface AuthorizationPolicy {

    /** The decision on one request, read against the city's roster at the request's instant. */
    AccessDecision decide(AccessRequest request, City city);
}
