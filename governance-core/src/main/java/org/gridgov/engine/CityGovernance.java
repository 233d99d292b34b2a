package org.gridgov.engine;

import com.google.common.util.concurrent.Striped;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.Lock;
import java.util.function.Function;
import java.util.function.Predicate;
import org.gridgov.actor.Actor;
import org.gridgov.city.City;
import org.gridgov.escalation.DueItem;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.Issue;
import org.gridgov.issue.DecisionBasis;
import org.gridgov.issue.IssueEvent;
import org.gridgov.issue.IssueFacts;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Outcome;
import org.gridgov.issue.Owner;
import org.gridgov.issue.Rating;
import org.gridgov.issue.Rejection;
import org.gridgov.jurisdiction.JurisdictionLevel;
import org.gridgov.jurisdiction.LevelId;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.mode.Mode;
import org.gridgov.mode.ModeLog;
import org.gridgov.mode.ModeSwitch;
import org.gridgov.organization.OrganizationId;
import org.gridgov.escalation.EscalationDecision;
import org.gridgov.escalation.EscalationPolicy;
import org.gridgov.escalation.EscalationRequest;
import org.gridgov.routing.RoutingDecision;
import org.gridgov.routing.RoutingPolicy;
import org.gridgov.policy.PolicyVersion;
import org.gridgov.routing.RoutingRequest;
import org.gridgov.policy.RuleTrace;
import org.gridgov.procedure.Procedure;
import org.gridgov.role.RoleTarget;
import org.gridgov.procedure.StageId;
import org.gridgov.store.AppendResult;
import org.gridgov.store.EventStore;
import org.gridgov.time.Deadline;
import org.gridgov.time.TimeLimit;
import org.gridgov.time.WorkCalendar;

/**
 * One city's governance engine, for a host system to embed: it takes commands, routes issues with a routing
 * policy, keeps the deadlines of open issues in an index, and on {@link #tick(Instant)} asks the escalation
 * policy what to do about whatever has fallen due.
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
    /** The deadline kind of an issue's time limit. */
    static final String RESOLVE = "resolve";
    /** The deadline kind of the current procedure stage's limit. */
    public static final String STAGE = "stage";
    /** The reaction key handed to the escalation policy when a resident rates a result unsatisfied. */
    public static final String RATED_UNSATISFIED = "rated-unsatisfied";
    /** The reaction key handed to the escalation policy when a second party has reported in. */
    public static final String PARTIES_CHECKED_IN = "parties-checked-in";
    /** The deadline kind of a joint consultation (会商) the policy convened. */
    public static final String CONSULT = "consult";

    private final City city;
    private final EventStore store;
    private final RoutingPolicy routing;
    private final EscalationPolicy escalation;
    private final GovernanceSettings settings;
    private final DeadlineIndex index;
    private final Striped<Lock> locks = Striped.lock(64);
    /** At most this many due items of one issue are handled in one go. */
    private static final int MAX_CATCH_UP = 10_000;

    private CityGovernance(City city, EventStore store, RoutingPolicy routing, EscalationPolicy escalation,
                           GovernanceSettings settings) {
        this.city = Objects.requireNonNull(city, "city");
        this.store = Objects.requireNonNull(store, "store");
        this.routing = Objects.requireNonNull(routing, "routing");
        this.escalation = Objects.requireNonNull(escalation, "escalation");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.index = DeadlineIndex.of(store.allIssues()::iterator);
    }

    /**
     * The engine of a city over an event store; the deadline index is rebuilt from the issues already stored, so
     * this is also how an engine recovers after a restart.
     */
    public static CityGovernance recover(City city, EventStore store, RoutingPolicy routing,
                                         EscalationPolicy escalation, GovernanceSettings settings) {
        return new CityGovernance(city, store, routing, escalation, settings);
    }

    /** The city. */
    public City city() {
        return city;
    }

    // ---- commands -------------------------------------------------------------------------------------------

    /** Reports an issue and routes it at once; refused if the id is taken. */
    public CommandOutcome report(IssueId id, IssueFacts facts, Actor actor, Instant at) {
        return locked(id, () -> {
            if (store.version(id) > 0) {
                return new CommandOutcome.Refused(Rejection.of("already-reported", "问题编号已存在: " + id,
                        "an issue with id " + id + " already exists"));
            }
            Outcome reported = Issue.report(id, facts, actor, at);
            if (reported instanceof Outcome.Rejected r) {
                return new CommandOutcome.Refused(r.rejection());
            }
            Chain chain = new Chain(null);
            chain.add(reported);
            Issue issue = chain.issue();
            RoutingDecision decision = routing.route(RoutingRequest.of(id, facts, city, at)
                    .inEmergency(emergency(facts.location(), at)));
            chain.add(issue.route(decision.owner(), decision.explanation().reason(), basis(decision.policy(),
                    decision.explanation().fired()), decision.coHandlers(), ENGINE, at));
            chain.deadlines(decision.timeLimit(), at);
            return chain.commit(0, Optional.of(decision));
        });
    }

    /** The owner accepts the dispatch (接单/领单). */
    public CommandOutcome accept(IssueId id, Actor actor, Instant at) {
        return command(id, at, issue -> issue.accept(actor, at));
    }

    /** The owner rejects the dispatch with a reason (退单); the issue is routed again at once, past that owner. */
    public CommandOutcome rejectDispatch(IssueId id, Bilingual reason, Actor actor, Instant at) {
        return locked(id, () -> {
            Optional<Issue> loaded = caughtUp(id, at);
            if (loaded.isEmpty()) {
                return unknown(id);
            }
            Issue issue = loaded.get();
            Chain chain = new Chain(issue);
            Optional<Owner> rejecting = issue.owner();
            if (!chain.add(issue.rejectDispatch(reason, actor, at))) {
                return chain.refused();
            }
            List<Owner> rejected = new ArrayList<>(rejectedOwners(issue));
            rejecting.ifPresent(rejected::add);
            RoutingDecision decision = routing.route(new RoutingRequest(id, issue.facts(), city, at, rejected)
                    .inEmergency(emergency(issue.facts().location(), at)));
            chain.add(chain.issue().route(decision.owner(), decision.explanation().reason(),
                    basis(decision.policy(), decision.explanation().fired()), decision.coHandlers(), ENGINE, at));
            chain.deadlines(decision.timeLimit(), at);
            return chain.commit(issue.version(), Optional.of(decision));
        });
    }

    /**
     * Summons an organization to report in within a limit (吹哨, by a person: the street calls the departments).
     * The report-in deadline is counted in the location's calendar.
     */
    public CommandOutcome summon(IssueId id, OrganizationId organization, TimeLimit reportIn, Actor actor, Instant at) {
        return locked(id, () -> {
            Optional<Issue> loaded = caughtUp(id, at);
            if (loaded.isEmpty()) {
                return unknown(id);
            }
            Issue issue = loaded.get();
            Instant due = instant(reportIn.dueFrom(local(at), calendar(issue)));
            Chain chain = new Chain(issue);
            if (!chain.add(issue.summon(organization, Optional.of(due), actor, at))) {
                return chain.refused();
            }
            return chain.commit(issue.version(), Optional.empty());
        });
    }

    /**
     * A summoned organization reports in (报到). When two or more parties have reported in, the escalation policy
     * is asked at once, as the reaction {@value #PARTIES_CHECKED_IN}, whether to convene a joint consultation.
     */
    public CommandOutcome checkIn(IssueId id, OrganizationId organization, Actor actor, Instant at) {
        return locked(id, () -> {
            Optional<Issue> loaded = caughtUp(id, at);
            if (loaded.isEmpty()) {
                return unknown(id);
            }
            Chain chain = new Chain(loaded.get());
            if (!chain.add(loaded.get().checkIn(organization, actor, at))) {
                return chain.refused();
            }
            long parties = chain.issue().participants().stream().filter(p -> p.checkedIn()).count();
            if (parties >= 2 && !chain.issue().deadlines().containsKey(CONSULT)) {
                react(chain, PARTIES_CHECKED_IN, at);
            }
            return chain.commit(loaded.get().version(), Optional.empty());
        });
    }

    /** The parties consult (会商) and conclude; a pending consultation deadline is then done with. */
    public CommandOutcome consult(IssueId id, Set<OrganizationId> participants, String conclusion, Actor actor,
                                  Instant at) {
        return command(id, at, issue -> issue.consult(participants, conclusion, actor, at), (chain, issue) -> {
            if (chain.issue().deadlines().containsKey(CONSULT)) {
                chain.add(chain.issue().clearDeadline(CONSULT, ENGINE, at));
            }
        });
    }

    /** Hands a reaction to the escalation policy at once and applies its actions to the chain. */
    private void react(Chain chain, String reaction, Instant at) {
        DueItem item = new DueItem(chain.issue().id(), reaction, at);
        EscalationDecision decision = escalation.decide(new EscalationRequest(chain.issue(), item, city, at,
                emergency(chain.issue().facts().location(), at), stageOf(chain.issue())));
        Actions.apply(this, chain, item, decision, at);
    }

    /** The owner resolves the issue (落实/办结). */
    public CommandOutcome resolve(IssueId id, String summary, Actor actor, Instant at) {
        return command(id, at, issue -> issue.resolve(summary, actor, at));
    }

    /** Feedback to the resident (反馈). */
    public CommandOutcome giveFeedback(IssueId id, String text, Actor actor, Instant at) {
        return command(id, at, issue -> issue.giveFeedback(text, actor, at));
    }

    /**
     * The resident rates the result (评价/群众评单). An unsatisfied rating is handed at once to the escalation
     * policy as the reaction {@value #RATED_UNSATISFIED}, whose rules may reopen the issue with a tighter limit.
     */
    public CommandOutcome rate(IssueId id, Rating rating, String comment, Actor actor, Instant at) {
        return locked(id, () -> {
            Optional<Issue> loaded = caughtUp(id, at);
            if (loaded.isEmpty()) {
                return unknown(id);
            }
            Chain chain = new Chain(loaded.get());
            if (!chain.add(loaded.get().rate(rating, comment, actor, at))) {
                return chain.refused();
            }
            if (rating == Rating.UNSATISFIED) {
                react(chain, RATED_UNSATISFIED, at);
            }
            return chain.commit(loaded.get().version(), Optional.empty());
        });
    }

    /** A reviewer marks the case unreasonable: it no longer counts against its unit (不纳入考核). */
    public CommandOutcome exclude(IssueId id, Bilingual reason, Actor actor, Instant at) {
        return command(id, at, issue -> issue.exclude(reason, actor, at));
    }

    /** Closes the issue. */
    public CommandOutcome close(IssueId id, org.gridgov.issue.Closure closure, String note, Actor actor, Instant at) {
        return command(id, at, issue -> issue.close(closure, note, actor, at));
    }

    private CommandOutcome command(IssueId id, Instant at, Function<Issue, Outcome> command) {
        return command(id, at, command, (chain, issue) -> { });
    }

    /** A command, then follow-up events on the chain if it was accepted. */
    private CommandOutcome command(IssueId id, Instant at, Function<Issue, Outcome> command,
                                   java.util.function.BiConsumer<Chain, Issue> then) {
        return locked(id, () -> {
            Optional<Issue> loaded = caughtUp(id, at);
            if (loaded.isEmpty()) {
                return unknown(id);
            }
            Chain chain = new Chain(loaded.get());
            if (!chain.add(command.apply(loaded.get()))) {
                return chain.refused();
            }
            then.accept(chain, loaded.get());
            return chain.commit(loaded.get().version(), Optional.empty());
        });
    }

    /**
     * Switches a city, district or street into emergency mode or back (平急结合). New routings and escalation
     * decisions in its subtree from this instant on see the mode; deadlines already set stay as they are.
     *
     * @throws IllegalArgumentException if the node is unknown
     */
    public void switchMode(NodeId node, Mode mode, Bilingual reason, Actor actor, Instant at) {
        city.jurisdiction().node(node);
        store.appendModeSwitch(new ModeSwitch(node, mode, at, actor, reason));
    }

    /** The mode of a node at an instant, from the stored switches. */
    public Mode modeAt(NodeId node, Instant at) {
        return new ModeLog(store.modeSwitches()).modeAt(city.jurisdiction(), node, at);
    }

    private boolean emergency(NodeId node, Instant at) {
        return modeAt(node, at) == Mode.EMERGENCY;
    }

    // ---- ticks ----------------------------------------------------------------------------------------------

    /**
     * Handles everything due at or before {@code now}, each item at its own instant: asks the escalation policy
     * about the earliest due item of each issue, appends the resulting events stamped with the item's due
     * instant, and goes on while the issue has items due by {@code now} (the actions may set deadlines that are
     * already due themselves). Together with commands judged by their own instant (each command first handles
     * what fell due before it), this makes the timelines independent of how often the host ticks: every minute,
     * every hour or once at the end gives the same events. Costs in proportion to what is due.
     */
    public TickReport tick(Instant now) {
        List<TickReport.Handled> handled = new ArrayList<>();
        Set<IssueId> issues = new LinkedHashSet<>();
        index.dueAt(now).forEach(item -> issues.add(item.issue()));
        for (IssueId id : issues) {
            locked(id, () -> handled.addAll(catchUp(id, due -> !due.isAfter(now))));
        }
        handled.sort(Comparator.comparing(TickReport.Handled::due, DueItem.ORDER));
        return new TickReport(now, handled);
    }

    /**
     * The issue as it stands at {@code at}, after everything that fell due before that instant was handled as a
     * tick would have: a command is judged against the deadlines it crosses by its own instant, whenever the
     * host last ticked. A command exactly at a deadline is on time. Called under the issue's lock.
     */
    private Optional<Issue> caughtUp(IssueId id, Instant at) {
        if (index.hasItemBefore(id, at)) {
            catchUp(id, due -> due.isBefore(at));
        }
        return store.load(id);
    }

    /** Handles an issue's due items while the earliest is due, each at its due instant. */
    private List<TickReport.Handled> catchUp(IssueId id, Predicate<Instant> isDue) {
        List<TickReport.Handled> handled = new ArrayList<>();
        Optional<Issue> current = store.load(id);
        // Each handled item is used up and positive limits set later deadlines, so this ends; the cap keeps a
        // pathological policy from holding the lock for long: what is left waits for the next tick or command.
        for (int n = 0; n < MAX_CATCH_UP && current.isPresent(); n++) {
            List<DueItem> items = DeadlineIndex.itemsOf(current.get());
            if (items.isEmpty() || !isDue.test(items.get(0).due())) {
                break;
            }
            Optional<CommandOutcome.Done> done = handle(current.get(), items.get(0), handled);
            if (done.isEmpty() || done.get().events().isEmpty()) {
                break; // nothing could be appended for the item; the lifecycle refused every event
            }
            current = Optional.of(done.get().issue());
        }
        return handled;
    }

    /** Asks the escalation policy about one due item and appends what it decided, at the item's instant. */
    private Optional<CommandOutcome.Done> handle(Issue issue, DueItem item, List<TickReport.Handled> handled) {
        Instant at = item.due();
        EscalationDecision decision = escalation.decide(new EscalationRequest(issue, item, city, at,
                emergency(issue.facts().location(), at), stageOf(issue)));
        Chain chain = new Chain(issue);
        Actions.apply(this, chain, item, decision, at);
        if (DeadlineIndex.itemsOf(chain.issue()).contains(item)) {
            // The actions did not use the item up: record that it passed, so that it is not handled again.
            Issue current = chain.issue();
            chain.add(item.reportingOrganization()
                    .map(org -> current.recordMissedReportIn(org, ENGINE, at))
                    .orElseGet(() -> current.warn(item.key(), Bilingual.of("时限已到: " + item.key(),
                            "deadline reached: " + item.key()), ENGINE, at)));
        }
        if (!(chain.commit(issue.version(), Optional.empty()) instanceof CommandOutcome.Done done)) {
            return Optional.empty();
        }
        handled.add(new TickReport.Handled(item, decision, done.events()));
        return Optional.of(done);
    }

    /** Routes an issue anew with the level above its current owner as a floor; empty at the top. */
    Optional<RoutingDecision> routeUp(Issue issue, Optional<LevelId> atLeast, Instant now) {
        NodeId ownerNode = issue.owner().map(Owner::node).orElse(issue.facts().location());
        return city.jurisdiction().parent(ownerNode).map(parent -> {
            // The higher of one level up and the asked floor; a smaller rank is a higher level.
            LevelId floor = atLeast.flatMap(l -> city.jurisdiction().levels().find(l))
                    .filter(l -> l.rank() < parent.level().rank())
                    .map(JurisdictionLevel::id).orElse(parent.level().id());
            return routing.route(new RoutingRequest(issue.id(), issue.facts(), city, now, rejectedOwners(issue))
                    .atLeast(floor).inEmergency(emergency(issue.facts().location(), now)));
        });
    }

    /**
     * Who acts now for the post of the issue's owning person, if that is someone else: the post is the role the
     * person holds at the owner's node or organization; the roster applies the A/B backup.
     */
    Optional<Owner> actingForOwner(Issue issue, Instant now) {
        Optional<Owner> owner = issue.owner();
        if (owner.isEmpty() || owner.get().person().isEmpty()) {
            return Optional.empty();
        }
        Owner o = owner.get();
        RoleTarget target = o.organization().map(RoleTarget::in).orElse(RoleTarget.at(o.node()));
        return city.roster().assignmentsOf(o.person().get(), now).stream()
                .filter(a -> a.target().equals(target))
                .findFirst()
                .flatMap(a -> city.roster().actingFor(a.role(), target, now))
                .filter(acting -> !acting.person().equals(o.person().get()))
                .map(acting -> new Owner(o.node(), o.organization(), Optional.of(acting.person())));
    }

    private static List<Owner> rejectedOwners(Issue issue) {
        List<Owner> out = new ArrayList<>();
        Optional<Owner> owner = Optional.empty();
        for (IssueEvent e : issue.timeline()) {
            if (e instanceof IssueEvent.Routed r) {
                owner = Optional.of(r.owner());
            } else if (e instanceof IssueEvent.Escalated x) {
                owner = Optional.of(x.newOwner());
            } else if (e instanceof IssueEvent.DispatchRejected) {
                owner.ifPresent(out::add);
            }
        }
        return out;
    }

    private Optional<StageId> stageOf(Issue issue) {
        return settings.procedureFor(issue).map(p -> p.stateOf(issue).current());
    }

    /** What a decision rested on, to store with its event. */
    static DecisionBasis basis(PolicyVersion policy, List<RuleTrace> fired) {
        return new DecisionBasis(policy.packId(), policy.version(), policy.contentHash(),
                fired.stream().map(RuleTrace::rule).toList());
    }

    /** Instants of the city's local time for a location's calendar. */
    LocalDateTime local(Instant at) {
        return LocalDateTime.ofInstant(at, city.zone());
    }

    Instant instant(LocalDateTime at) {
        return at.atZone(city.zone()).toInstant();
    }

    WorkCalendar calendar(Issue issue) {
        return city.calendarFor(issue.facts().location());
    }

    static Actor engine() {
        return ENGINE;
    }

    // ---- queries --------------------------------------------------------------------------------------------

    /** An issue as it stands, with its timeline. */
    public Optional<Issue> issue(IssueId id) {
        return store.load(id);
    }

    /** Every issue of the city, in the order they were reported. */
    public List<Issue> issues() {
        return store.allIssues().toList();
    }

    /** Open issues whose owner sits at a node or below it, in the order they were reported. */
    public List<Issue> openIssuesUnder(NodeId node) {
        return store.allIssues().filter(i -> i.status().isOpen())
                .filter(i -> i.owner().map(o -> city.jurisdiction().isAncestorOrSelf(node, o.node())).orElse(false))
                .toList();
    }

    /** Open issues of an owner (same node and organization). */
    public List<Issue> openIssuesOf(Owner owner) {
        return store.allIssues().filter(i -> i.status().isOpen())
                .filter(i -> i.owner().map(o -> o.node().equals(owner.node())
                        && o.organization().equals(owner.organization())).orElse(false))
                .toList();
    }

    /** What is due at or before an instant. */
    public List<DueItem> dueAt(Instant now) {
        return index.dueAt(now);
    }

    // ---- plumbing -------------------------------------------------------------------------------------------

    private <T> T locked(IssueId id, java.util.function.Supplier<T> body) {
        Lock lock = locks.get(id);
        lock.lock();
        try {
            return body.get();
        } finally {
            lock.unlock();
        }
    }

    private static CommandOutcome unknown(IssueId id) {
        return new CommandOutcome.Refused(Rejection.of("unknown-issue", "没有编号为 " + id + " 的问题",
                "there is no issue " + id));
    }

    /** Events proposed one after another on a working copy, then appended together. */
    final class Chain {
        private final Issue start;
        private Issue issue;
        private final List<IssueEvent> events = new ArrayList<>();
        private Rejection refusal;

        Chain(Issue start) {
            this.start = start;
            this.issue = start;
        }

        Issue issue() {
            return issue;
        }

        /** Applies an outcome; false (and remembered) if refused. */
        boolean add(Outcome outcome) {
            if (outcome instanceof Outcome.Accepted a) {
                issue = a.issue();
                events.add(a.event());
                return true;
            }
            if (refusal == null) {
                refusal = ((Outcome.Rejected) outcome).rejection();
            }
            return false;
        }

        /** The resolve deadline of a limit from an instant, and the warning instants before it. */
        void deadlines(TimeLimit limit, Instant from) {
            Deadline d = Deadline.start(local(from), limit, calendar(issue));
            for (double f : settings.warningFractions()) {
                d.warningAt(f).ifPresent(w -> add(issue.setDeadline(GovernanceSettings.warningKind(f), instant(w),
                        ENGINE, from)));
            }
            add(issue.setDeadline(RESOLVE, instant(d.due().orElseThrow()), ENGINE, from));
        }

        CommandOutcome refused() {
            return new CommandOutcome.Refused(refusal);
        }

        /**
         * Keeps the {@code stage} deadline in step with the procedure: when the events moved the issue into a
         * stage (or back into one), its limit is set from the instant it was entered, or cleared if it has none.
         */
        private void followProcedure(Issue before) {
            Optional<Procedure> followed = settings.procedureFor(issue);
            if (followed.isEmpty() || events.isEmpty() || !issue.status().isOpen()) {
                return;
            }
            Procedure procedure = followed.get();
            var now = procedure.stateOf(issue);
            boolean moved = before == null || !procedure.stateOf(before).currentVisit().equals(now.currentVisit());
            if (!moved) {
                return;
            }
            Instant at = events.get(events.size() - 1).at();
            Optional<Instant> due = now.dueInstant(calendar(issue), city.zone());
            if (due.isPresent()) {
                add(issue.setDeadline(STAGE, due.get(), ENGINE, at));
            } else if (issue.deadlines().containsKey(STAGE)) {
                add(issue.clearDeadline(STAGE, ENGINE, at));
            }
        }

        CommandOutcome commit(long expectedVersion, Optional<RoutingDecision> decision) {
            followProcedure(start);
            if (events.isEmpty()) {
                return refusal != null ? refused() : new CommandOutcome.Done(issue, List.of(), decision);
            }
            AppendResult result = store.append(issue.id(), expectedVersion, events);
            if (result instanceof AppendResult.Conflict c) {
                // Writers go through this engine under the issue's lock; another writer of the store broke that.
                throw new IllegalStateException("the store changed issue " + issue.id() + " behind the engine: " + c);
            }
            index.update(issue);
            return new CommandOutcome.Done(issue, events, decision);
        }
    }
}
