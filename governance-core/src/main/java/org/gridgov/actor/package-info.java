/**
 * Actors: who issues a command. A person acting in a role at a place, a resident acting for themself, or a
 * system channel. Commands carry their actor from the first version so that permission is a policy and
 * every event of a timeline says who caused it.
 */
package org.gridgov.actor;
