package org.gridgov.profile;

import java.time.LocalDate;

/**
 * A person holding a role at a node or in an organization (exactly one of the two), dates inclusive.
 *
 * @param person       the person's id
 * @param role         the role type id
 * @param node         the node, for node roles
 * @param organization the organization, for organization roles
 * @param post         {@code primary} (A岗, the default) or {@code backup} (B岗)
 * @param from         first day
 * @param until        last day; absent for open-ended
 */
public record AssignmentSpec(String person, String role, String node, String organization, String post,
                             LocalDate from, LocalDate until) {
}
