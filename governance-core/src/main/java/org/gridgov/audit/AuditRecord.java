package org.gridgov.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.gridgov.actor.Actor;
import org.gridgov.authorization.CommandKind;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Rejection;
import org.gridgov.jurisdiction.NodeId;

/**
 * One command as the audit trail records it. It names people by id only: no personal data.
 *
 * @param at       the command's instant
 * @param actor    who issued it
 * @param command  what was asked
 * @param node     where it acted
 * @param issue    the issue, for commands on one
 * @param role     the role the permissions granted it in ({@code grid-leader at node G1}), if granted to a role
 * @param verdict  what it came to
 * @param grant    the grant that allowed it, if the permissions allowed it
 * @param refusal  why it was refused, if it was
 * @param subject  for deliberation commands, the item or meeting ({@code item:YT-1}, {@code meeting:M-3}); read as
 *                 empty from trails written before deliberation
 */
public record AuditRecord(Instant at, Actor actor, CommandKind command, NodeId node, Optional<IssueId> issue,
                          Optional<String> role, Verdict verdict, Optional<String> grant,
                          Optional<Rejection> refusal, Optional<String> subject) {
    /** @throws NullPointerException if an argument is null */
    public AuditRecord {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(grant, "grant");
        Objects.requireNonNull(refusal, "refusal");
        subject = subject == null ? Optional.empty() : subject;
    }

    /** A record of a command on an issue, or on nothing in particular. */
    public AuditRecord(Instant at, Actor actor, CommandKind command, NodeId node, Optional<IssueId> issue,
                       Optional<String> role, Verdict verdict, Optional<String> grant, Optional<Rejection> refusal) {
        this(at, actor, command, node, issue, role, verdict, grant, refusal, Optional.empty());
    }

    /** The record's content in one fixed text form, which its hash covers. */
    String canonical() {
        return String.join("\u001f", at.toString(), actor.toString(), command.key(), node.value(),
                issue.map(IssueId::value).orElse(""), role.orElse(""), verdict.name(), grant.orElse(""),
                refusal.map(r -> r.code() + "\u001f" + r.reason().zh() + "\u001f" + r.reason().en()).orElse(""))
                // Trails from before deliberation have no subject; leaving it out keeps their hashes.
                + subject.map(x -> "\u001f" + x).orElse("");
    }
}
