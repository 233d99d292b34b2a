package org.gridgov.engine;

import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.gridgov.actor.Actor;
import org.gridgov.audit.AuditEntry;
import org.gridgov.authorization.AccessRequest;
import org.gridgov.authorization.AuthorizationPolicy;
import org.gridgov.authorization.CommandKind;
import org.gridgov.authorization.Parties;
import org.gridgov.authorization.Permissions;
import org.gridgov.city.City;
import org.gridgov.deliberation.DeliberationPolicy;
import org.gridgov.escalation.Due;
import org.gridgov.escalation.DueItem;
import org.gridgov.escalation.EscalationPolicy;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.Closure;
import org.gridgov.issue.DeadlineKind;
import org.gridgov.issue.Issue;
import org.gridgov.issue.IssueFacts;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Outcome;
import org.gridgov.issue.Owner;
import org.gridgov.issue.Rating;
import org.gridgov.issue.Rejection;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.mode.Mode;
import org.gridgov.mode.ModeSwitch;
import org.gridgov.organization.OrganizationId;
import org.gridgov.routing.RoutingDecision;
import org.gridgov.routing.RoutingPolicy;
import org.gridgov.service.ServicePolicy;
import org.gridgov.store.EventLog;
import org.gridgov.store.EventStore;
import org.gridgov.time.TimeLimit;

/**
 * One city's governance engine, for a host system to embed, and the one way to write to its issues: it takes
 * commands, routes issues with a routing policy, keeps the deadlines of open issues in an index, and on
 * {@link #tick(Instant)} asks the escalation policy what to do about whatever has fallen due.
 *
 * <p><b>Outcomes are values.</b> Every command returns a {@link CommandOutcome}: done with the events it
 * appended, refused with a bilingual reason (the lifecycle said no, the issue is unknown), or conflicted when
 * another writer of the same store appended first; nothing is stored then, and the command can be sent again.
 *
 * <p><b>Who may do what.</b> Before a command changes anything, the engine asks its {@link AuthorizationPolicy}
 * (by default the library's {@link Permissions#standard() standard matrix}; {@code GridGov} applies the pack's) with
 * the issue as it stands at the command's instant; a denied command is {@link CommandOutcome.Refused} with the
 * policy's bilingual reason and appends nothing. What fell due before that instant is still handled first, as a
 * tick would have. Every command, whatever it came to, is recorded in the store's {@link #audit() audit trail}.
 *
 * <p><b>Time is an input.</b> Every command and tick names its instant; nothing reads the wall clock. Deadlines
 * are data on the issues' timelines ({@code DeadlineSet} events), not engine timers, so that a restart
 * ({@link #recover}) rebuilds the same index from the event store and replaying the same commands and ticks
 * gives the same timelines.
 *
 * <p><b>Idempotent ticks.</b> Every due item a tick handles is used up by the events it appends (a warning, a
 * new deadline, a recorded miss); if the policy's actions do not use it up, the engine records that the
 * deadline passed. Ticking twice at the same instant therefore does nothing the second time.
 *
 * <p><b>Concurrency.</b> Commands and ticks lock the issue they touch (striped locks), so commands from several
 * threads are safe; appends use the store's expected versions.
 */
public final class CityGovernance {
    private static final Actor ENGINE = Actor.system("gridgov", Bilingual.of("网格治理引擎", "gridgov engine"));

    private final EngineState state;
    private final Router router;
    private final Escalations escalations;
    private final Gate gate;
    private final Deliberations deliberations;
    private final Services services;

    private CityGovernance(City city, EventStore store, RoutingPolicy routing, EscalationPolicy escalation,
                           GovernanceSettings settings, AuthorizationPolicy authorization,
                           DeliberationPolicy deliberation, ServicePolicy service) {
        this.state = new EngineState(city, store, settings);
        this.gate = new Gate(state, authorization);
        this.router = new Router(state, routing);
        this.escalations = new Escalations(state, escalation, router);
        this.deliberations = new Deliberations(state, gate, router, deliberation);
        this.services = new Services(state, gate, service);
    }

    /**
     * The engine of a city over an event store; the deadline index is rebuilt from the issues already stored, so
     * this is also how an engine recovers after a restart. Hosts normally get one from {@code GridGov}, which
     * applies a rule pack's policies and settings.
     *
     * @throws NullPointerException if an argument is null
     */
    public static CityGovernance recover(City city, EventStore store, RoutingPolicy routing,
                                         EscalationPolicy escalation, GovernanceSettings settings) {
        return recover(city, store, routing, escalation, settings, Permissions.standard());
    }

    /**
     * The engine of a city over an event store, deciding who may do what with {@code authorization}.
     *
     * @throws NullPointerException if an argument is null
     */
    public static CityGovernance recover(City city, EventStore store, RoutingPolicy routing,
                                         EscalationPolicy escalation, GovernanceSettings settings,
                                         AuthorizationPolicy authorization) {
        return recover(city, store, routing, escalation, settings, authorization, DeliberationPolicy.bodyRules());
    }

    /**
     * The engine of a city over an event store, deciding who may do what with {@code authorization} and following
     * its deliberation with {@code deliberation}.
     *
     * @throws NullPointerException if an argument is null
     */
    public static CityGovernance recover(City city, EventStore store, RoutingPolicy routing,
                                         EscalationPolicy escalation, GovernanceSettings settings,
                                         AuthorizationPolicy authorization, DeliberationPolicy deliberation) {
        return recover(city, store, routing, escalation, settings, authorization, deliberation, ServicePolicy.none());
    }

    /**
     * The engine of a city over an event store with every policy: who may do what, deliberation and service.
     *
     * @throws NullPointerException if an argument is null
     */
    public static CityGovernance recover(City city, EventStore store, RoutingPolicy routing,
                                         EscalationPolicy escalation, GovernanceSettings settings,
                                         AuthorizationPolicy authorization, DeliberationPolicy deliberation,
                                         ServicePolicy service) {
        return new CityGovernance(city, store, routing, escalation, settings, authorization,
                java.util.Objects.requireNonNull(deliberation, "deliberation"),
                java.util.Objects.requireNonNull(service, "service"));
    }

    /**
     * The city's deliberation: items, meetings, votes and resolutions whose tasks become this engine's issues.
     * Authorized and audited like issue commands.
     */
    public Deliberations deliberation() {
        return deliberations;
    }

    /**
     * The city's party-member and unit service: report-ins, micro-wishes, service records and their ledger and
     * rates. Authorized and audited like case commands.
     */
    public Services service() {
        return services;
    }

    /** The city. */
    public City city() {
        return state.city;
    }

    // ---- commands -------------------------------------------------------------------------------------------

    /** Reports an issue and routes it at once; refused if the id is taken. */
    public CommandOutcome report(IssueId id, IssueFacts facts, Actor actor, Instant at) {
        AccessRequest request = new AccessRequest(CommandKind.REPORT, actor, at, facts.location(), Optional.empty(),
                Optional.empty());
        return state.locked(id, () -> gate.guarded(request, Optional.of(id), () -> {
            if (state.store.version(id) > 0) {
                return new CommandOutcome.Refused(Rejection.of("already-reported", "问题编号已存在: " + id,
                        "an issue with id " + id + " already exists"));
            }
            Transaction tx = new Transaction(state, null);
            if (!tx.add(Issue.report(id, facts, actor, at))) {
                return tx.refused();
            }
            RoutingDecision decision = router.first(id, facts, at);
            Router.apply(tx, decision, at);
            return tx.commit(Optional.of(decision));
        }));
    }

    /** The owner accepts the dispatch (接单/领单). */
    public CommandOutcome accept(IssueId id, Actor actor, Instant at) {
        return run(id, Asked.by(CommandKind.ACCEPT, actor, at), issue -> issue.accept(actor, at));
    }

    /** The owner rejects the dispatch with a reason (退单); the issue is routed again at once, past that owner. */
    public CommandOutcome rejectDispatch(IssueId id, Bilingual reason, Actor actor, Instant at) {
        return run(id, Asked.by(CommandKind.REJECT_DISPATCH, actor, at), issue -> issue.rejectDispatch(reason, actor, at),
                (before, tx) -> {
            RoutingDecision decision = router.past(before, before.owner(), at);
            Router.apply(tx, decision, at);
            return Optional.of(decision);
        });
    }

    /**
     * Summons an organization to report in within a limit (吹哨, by a person: the street calls the departments).
     * The report-in deadline is counted in the location's calendar.
     */
    public CommandOutcome summon(IssueId id, OrganizationId organization, TimeLimit reportIn, Actor actor, Instant at) {
        return run(id, Asked.by(CommandKind.SUMMON, actor, at).concerning(organization),
                issue -> issue.summon(organization, Optional.of(state.dueFrom(reportIn, at, issue)), actor, at));
    }

    /**
     * A summoned organization reports in (报到). When two or more parties have reported in, the escalation policy
     * is asked at once, as the reaction {@link Due.Reactions#PARTIES_CHECKED_IN}, whether to convene a joint consultation.
     */
    public CommandOutcome checkIn(IssueId id, OrganizationId organization, Actor actor, Instant at) {
        return run(id, Asked.by(CommandKind.CHECK_IN, actor, at).concerning(organization),
                issue -> issue.checkIn(organization, actor, at), (before, tx) -> {
            long parties = tx.issue().participants().stream().filter(p -> p.checkedIn()).count();
            if (parties >= 2 && !tx.issue().hasDeadline(DeadlineKind.CONSULT)) {
                escalations.react(tx, Due.Reactions.PARTIES_CHECKED_IN, at);
            }
            return Optional.empty();
        });
    }

    /** The parties consult (会商) and conclude; a pending consultation deadline is then done with. */
    public CommandOutcome consult(IssueId id, Set<OrganizationId> participants, String conclusion, Actor actor,
                                  Instant at) {
        return run(id, Asked.by(CommandKind.CONSULT, actor, at), issue -> issue.consult(participants, conclusion, actor, at),
                (before, tx) -> {
            if (tx.issue().hasDeadline(DeadlineKind.CONSULT)) {
                tx.add(tx.issue().clearDeadline(DeadlineKind.CONSULT, ENGINE, at));
            }
            return Optional.empty();
        });
    }

    /** The owner resolves the issue (落实/办结). */
    public CommandOutcome resolve(IssueId id, String summary, Actor actor, Instant at) {
        return run(id, Asked.by(CommandKind.RESOLVE, actor, at), issue -> issue.resolve(summary, actor, at));
    }

    /** Feedback to the resident (反馈). */
    public CommandOutcome giveFeedback(IssueId id, String text, Actor actor, Instant at) {
        return run(id, Asked.by(CommandKind.FEEDBACK, actor, at), issue -> issue.giveFeedback(text, actor, at));
    }

    /**
     * The resident rates the result (评价/群众评单). An unsatisfied rating is handed at once to the escalation
     * policy as the reaction {@link Due.Reactions#RATED_UNSATISFIED}, whose rules may reopen the issue with a tighter limit.
     */
    public CommandOutcome rate(IssueId id, Rating rating, String comment, Actor actor, Instant at) {
        return run(id, Asked.by(CommandKind.RATE, actor, at), issue -> issue.rate(rating, comment, actor, at),
                (before, tx) -> {
            if (rating == Rating.UNSATISFIED) {
                escalations.react(tx, Due.Reactions.RATED_UNSATISFIED, at);
            }
            return Optional.empty();
        });
    }

    /** A reviewer marks the case unreasonable: it no longer counts against its unit (不纳入考核). */
    public CommandOutcome exclude(IssueId id, Bilingual reason, Actor actor, Instant at) {
        return run(id, Asked.by(CommandKind.EXCLUDE, actor, at), issue -> issue.exclude(reason, actor, at));
    }

    /** Closes the issue. */
    public CommandOutcome close(IssueId id, Closure closure, String note, Actor actor, Instant at) {
        return run(id, Asked.by(CommandKind.CLOSE, actor, at), issue -> issue.close(closure, note, actor, at));
    }

    /** A note on the timeline (备注), changing nothing else. */
    public CommandOutcome note(IssueId id, String text, Actor actor, Instant at) {
        return run(id, Asked.by(CommandKind.NOTE, actor, at), issue -> issue.note(text, actor, at));
    }

    /** What a command does after its own event was accepted; it may route and says so. */
    @FunctionalInterface
    private interface FollowUp {
        Optional<RoutingDecision> after(Issue before, Transaction tx);
    }

    /** A command as the authorization policy is asked about it, before the issue is loaded. */
    private record Asked(CommandKind kind, Actor actor, Instant at, Optional<OrganizationId> organization) {
        static Asked by(CommandKind kind, Actor actor, Instant at) {
            return new Asked(kind, actor, at, Optional.empty());
        }

        Asked concerning(OrganizationId org) {
            return new Asked(kind, actor, at, Optional.of(org));
        }

        AccessRequest on(Issue issue) {
            return new AccessRequest(kind, actor, at, issue.facts().location(), Optional.of(issue), organization);
        }

        AccessRequest atNode(NodeId node) {
            return new AccessRequest(kind, actor, at, node, Optional.empty(), organization);
        }
    }

    private CommandOutcome run(IssueId id, Asked asked, Function<Issue, Outcome> command) {
        return run(id, asked, command, (before, tx) -> Optional.empty());
    }

    /**
     * The one command path: under the issue's lock, catch up with what fell due before the command's instant, ask
     * whether the actor may, apply the command, then its follow-up, and append everything with the loaded version.
     */
    private CommandOutcome run(IssueId id, Asked asked, Function<Issue, Outcome> command, FollowUp followUp) {
        return state.locked(id, () -> {
            Optional<Issue> loaded = escalations.caughtUp(id, asked.at());
            if (loaded.isEmpty()) {
                return gate.unknownIssue(asked.atNode(state.city.jurisdiction().root().id()), id);
            }
            return gate.guarded(asked.on(loaded.get()), () -> {
                Transaction tx = new Transaction(state, loaded.get());
                if (!tx.add(command.apply(loaded.get()))) {
                    return tx.refused();
                }
                return tx.commit(followUp.after(loaded.get(), tx));
            });
        });
    }

    /**
     * Switches a city, district or street into emergency mode or back (平急结合). New routings and escalation
     * decisions in its subtree from this instant on see the mode; deadlines already set stay as they are.
     *
     * @return empty when the switch was recorded; the refusal when the actor may not switch that node's mode
     * @throws IllegalArgumentException if the node is unknown
     */
    public Optional<Rejection> switchMode(NodeId node, Mode mode, Bilingual reason, Actor actor, Instant at) {
        state.city.jurisdiction().node(node);
        return gate.guarded(new AccessRequest(CommandKind.SWITCH_MODE, actor, at, node, Optional.empty(),
                Optional.empty()), () -> state.store.appendModeSwitch(new ModeSwitch(node, mode, at, actor, reason)));
    }

    /**
     * Who acts for the issue's owner at an instant, as the roster has it ({@link Parties#owner}): the person to
     * notify, or to act as when a host issues the owner's commands. Like a command at that instant, it first
     * handles what fell due before it for this issue (and stores that, as a tick would), so that the owner is the
     * one a command at {@code at} meets. Empty for an unknown issue or when nobody acts for the owner.
     */
    public Optional<Actor> ownerActing(IssueId id, Instant at) {
        return state.locked(id, () -> escalations.caughtUp(id, at).flatMap(i -> Parties.owner(state.city, i, at)));
    }

    /**
     * The audit trail: every command this engine (and any other over the same store) was given — done, refused or
     * conflicted — in order, hash-chained ({@link org.gridgov.audit.AuditTrail} queries and verifies it).
     */
    public List<AuditEntry> audit() {
        return state.store.auditTrail();
    }

    /**
     * Writes every record of the store (mode switches, the audit trail, every timeline) as an {@link EventLog}
     * with phone and ID numbers as entered, if the actor may ({@code export-personal-data}: the platform by
     * default); audited either way. {@link EventLog#write(EventStore, Writer)} is the masked export anyone gets.
     *
     * @return empty when written; the refusal otherwise, with nothing written
     * @throws java.io.UncheckedIOException if writing fails
     */
    public Optional<Rejection> exportWithPersonalData(Writer out, Actor actor, Instant at) {
        return gate.guarded(new AccessRequest(CommandKind.EXPORT_PERSONAL_DATA, actor, at,
                state.city.jurisdiction().root().id(), Optional.empty(), Optional.empty()),
                () -> EventLog.writeWithPersonalData(state.store, out));
    }

    /** The mode of a node at an instant, from the stored switches. */
    public Mode modeAt(NodeId node, Instant at) {
        return state.modeAt(node, at);
    }

    // ---- ticks ----------------------------------------------------------------------------------------------

    /**
     * Handles everything due at or before {@code now}, each item at its own instant: asks the escalation policy
     * about the earliest due item of each issue, appends the resulting events stamped with the item's due
     * instant, and goes on while the issue has items due by {@code now} (the actions may set deadlines that are
     * already due themselves). Together with commands judged by their own instant (each command first handles
     * what fell due before it), this makes the timelines independent of how often the host ticks: every minute,
     * every hour or once at the end gives the same events. Costs in proportion to what is due. An item whose
     * events another writer of the store beat stays due for the next tick. Deliberation items' deadlines are
     * followed up in the same tick ({@link Deliberations#tick}), and so are service records' ({@link Services#tick}).
     */
    public TickReport tick(Instant now) {
        TickReport report = escalations.tick(now);
        deliberations.tick(now);
        services.tick(now);
        return report;
    }

    static Actor engine() {
        return ENGINE;
    }

    // ---- queries --------------------------------------------------------------------------------------------

    /** An issue as it stands, with its timeline. */
    public Optional<Issue> issue(IssueId id) {
        return state.store.load(id);
    }

    /** Every issue of the city, in the order they were reported. */
    public List<Issue> issues() {
        return state.store.allIssues().toList();
    }

    /** Open issues whose owner sits at a node or below it, in the order they were reported. */
    public List<Issue> openIssuesUnder(NodeId node) {
        var tree = state.city.jurisdiction();
        return state.store.allIssues().filter(i -> i.status().isOpen())
                .filter(i -> i.owner().map(o -> tree.isAncestorOrSelf(node, o.node())).orElse(false))
                .toList();
    }

    /** Open issues of an owner (same node and organization). */
    public List<Issue> openIssuesOf(Owner owner) {
        return state.store.allIssues().filter(i -> i.status().isOpen())
                .filter(i -> i.owner().map(o -> o.node().equals(owner.node())
                        && o.organization().equals(owner.organization())).orElse(false))
                .toList();
    }

    /** What is due at or before an instant. */
    public List<DueItem> dueAt(Instant now) {
        return state.index.dueAt(now);
    }
}
