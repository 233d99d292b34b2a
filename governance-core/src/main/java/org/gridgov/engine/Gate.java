package org.gridgov.engine;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.gridgov.audit.AuditRecord;
import org.gridgov.audit.Verdict;
import org.gridgov.authorization.AccessDecision;
import org.gridgov.authorization.AccessRequest;
import org.gridgov.authorization.AuthorizationPolicy;
import org.gridgov.authorization.Capacity;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Rejection;

/**
 * Where every command passes: the authorization policy decides, a denied command is refused without running,
 * and whatever it came to is recorded in the store's audit trail.
 */
final class Gate {
    private final EngineState state;
    private final AuthorizationPolicy authorization;

    Gate(EngineState state, AuthorizationPolicy authorization) {
        this.state = state;
        this.authorization = Objects.requireNonNull(authorization, "authorization");
    }

    /** Runs the command on an issue if the policy allows it; audited either way. */
    CommandOutcome guarded(AccessRequest request, Supplier<CommandOutcome> command) {
        return guarded(request, request.issue().map(i -> i.id()), command);
    }

    /** Runs a command about an issue (a report names the one it would create) if the policy allows it. */
    CommandOutcome guarded(AccessRequest request, Optional<IssueId> issue, Supplier<CommandOutcome> command) {
        return state.store.inTransaction(() -> guardedNow(request, issue, command));
    }

    private CommandOutcome guardedNow(AccessRequest request, Optional<IssueId> issue,
                                      Supplier<CommandOutcome> command) {
        AccessDecision decision = authorization.decide(request, state.city);
        CommandOutcome outcome = decision instanceof AccessDecision.Denied d ? new CommandOutcome.Refused(d.rejection())
                : command.get();
        audit(request, issue, decision, verdict(outcome), outcome instanceof CommandOutcome.Refused r
                ? Optional.of(r.rejection()) : Optional.empty());
        return outcome;
    }

    /**
     * Runs a deliberation command if the policy allows it; audited either way, naming its item or meeting.
     *
     * @param subject the item or meeting as the trail names it ({@code item:YT-1})
     */
    DeliberationOutcome guarded(AccessRequest request, String subject, Supplier<DeliberationOutcome> command) {
        return state.store.inTransaction(() -> guardedNow(request, subject, command));
    }

    private DeliberationOutcome guardedNow(AccessRequest request, String subject,
                                           Supplier<DeliberationOutcome> command) {
        AccessDecision decision = authorization.decide(request, state.city);
        DeliberationOutcome outcome = decision instanceof AccessDecision.Denied d
                ? new DeliberationOutcome.Refused(d.rejection()) : command.get();
        Verdict verdict = outcome instanceof DeliberationOutcome.Done ? Verdict.DONE
                : outcome instanceof DeliberationOutcome.Conflicted ? Verdict.CONFLICTED : Verdict.REFUSED;
        Optional<Rejection> refusal = outcome instanceof DeliberationOutcome.Refused r ? Optional.of(r.rejection())
                : Optional.empty();
        record(request, decision, verdict, refusal, subject);
        return outcome;
    }

    /** The audit entry of a command on a deliberation or service timeline. */
    private void record(AccessRequest request, AccessDecision decision, Verdict verdict, Optional<Rejection> refusal,
                        String subject) {
        Optional<AccessDecision.Granted> granted = decision instanceof AccessDecision.Granted g ? Optional.of(g)
                : Optional.empty();
        state.store.appendAudit(new AuditRecord(request.at(), request.actor(), request.command(), request.node(),
                Optional.empty(), granted.flatMap(AccessDecision.Granted::capacity).map(Gate::role), verdict,
                granted.map(g -> g.grant().id()), refusal, Optional.of(subject)));
    }

    /** Runs a service command if the policy allows it; audited either way, naming its timeline. */
    ServiceOutcome guardedService(AccessRequest request, String subject, Supplier<ServiceOutcome> command) {
        return state.store.inTransaction(() -> guardedServiceNow(request, subject, command));
    }

    private ServiceOutcome guardedServiceNow(AccessRequest request, String subject, Supplier<ServiceOutcome> command) {
        AccessDecision decision = authorization.decide(request, state.city);
        ServiceOutcome outcome = decision instanceof AccessDecision.Denied d
                ? new ServiceOutcome.Refused(d.rejection()) : command.get();
        Verdict verdict = outcome instanceof ServiceOutcome.Done ? Verdict.DONE
                : outcome instanceof ServiceOutcome.Conflicted ? Verdict.CONFLICTED : Verdict.REFUSED;
        Optional<Rejection> refusal = outcome instanceof ServiceOutcome.Refused r ? Optional.of(r.rejection())
                : Optional.empty();
        record(request, decision, verdict, refusal, subject);
        return outcome;
    }

    /** Audits a command on a deliberation or service timeline there is none of, refused with {@code r}. */
    void unknown(AccessRequest asked, String subject, Rejection r) {
        state.store.appendAudit(new AuditRecord(asked.at(), asked.actor(), asked.command(), asked.node(),
                Optional.empty(), Optional.empty(), Verdict.REFUSED, Optional.empty(), Optional.of(r),
                Optional.of(subject)));
    }

    /** A mode switch: recorded if the policy allows it; audited either way; the refusal if not. */
    Optional<Rejection> guarded(AccessRequest request, Runnable command) {
        return state.store.inTransaction(() -> guardedNow(request, command));
    }

    private Optional<Rejection> guardedNow(AccessRequest request, Runnable command) {
        AccessDecision decision = authorization.decide(request, state.city);
        Optional<Rejection> refusal = decision instanceof AccessDecision.Denied d ? Optional.of(d.rejection())
                : Optional.empty();
        if (refusal.isEmpty()) {
            command.run();
        }
        audit(request, Optional.empty(), decision, refusal.isEmpty() ? Verdict.DONE : Verdict.REFUSED, refusal);
        return refusal;
    }

    /** A command on an issue there is none of: refused, and audited at the city's root. */
    CommandOutcome unknownIssue(AccessRequest asked, IssueId id) {
        Rejection r = Rejection.of("unknown-issue", "没有编号为 " + id + " 的问题", "there is no issue " + id);
        state.store.appendAudit(new AuditRecord(asked.at(), asked.actor(), asked.command(), asked.node(),
                Optional.of(id), Optional.empty(), Verdict.REFUSED, Optional.empty(), Optional.of(r)));
        return new CommandOutcome.Refused(r);
    }

    private void audit(AccessRequest request, Optional<IssueId> issue, AccessDecision decision, Verdict verdict,
                       Optional<Rejection> refusal) {
        Optional<AccessDecision.Granted> granted = decision instanceof AccessDecision.Granted g ? Optional.of(g)
                : Optional.empty();
        state.store.appendAudit(new AuditRecord(request.at(), request.actor(), request.command(), request.node(),
                issue, granted.flatMap(AccessDecision.Granted::capacity).map(Gate::role),
                verdict, granted.map(g -> g.grant().id()), refusal));
    }

    private static String role(Capacity c) {
        return c.assignment().role().value() + " at " + c.assignment().target()
                + (c.viaBackup() ? " (backup)" : "");
    }

    private static Verdict verdict(CommandOutcome o) {
        if (o instanceof CommandOutcome.Done) {
            return Verdict.DONE;
        }
        return o instanceof CommandOutcome.Conflicted ? Verdict.CONFLICTED : Verdict.REFUSED;
    }
}
