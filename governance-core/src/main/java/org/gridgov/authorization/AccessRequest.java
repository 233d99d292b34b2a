package org.gridgov.authorization;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.gridgov.actor.Actor;
import org.gridgov.issue.Issue;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.organization.OrganizationId;

/**
 * A command to be decided: what, by whom, when, where, on which issue as it stands before the command, and the
 * organization it concerns (the one summoned, or the one checking in).
 *
 * @param command      the command
 * @param actor        who issues it
 * @param at           the command's instant; the roster is read at it
 * @param node         where it acts: the issue's location, a reported location, or the node whose mode switches
 * @param issue        the issue before the command; empty for reports and mode switches
 * @param organization the organization summoned or checking in, for those commands
 */
public record AccessRequest(CommandKind command, Actor actor, Instant at, NodeId node, Optional<Issue> issue,
                            Optional<OrganizationId> organization) {
    /** @throws NullPointerException if an argument is null */
    public AccessRequest {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(organization, "organization");
    }

    /** A command on an existing issue, acting where the issue lies. */
    public static AccessRequest onIssue(CommandKind command, Actor actor, Instant at, Issue issue) {
        return new AccessRequest(command, actor, at, issue.facts().location(), Optional.of(issue), Optional.empty());
    }

    /** The same request concerning an organization. */
    public AccessRequest concerning(OrganizationId organization) {
        return new AccessRequest(command, actor, at, node, issue, Optional.of(organization));
    }
}
