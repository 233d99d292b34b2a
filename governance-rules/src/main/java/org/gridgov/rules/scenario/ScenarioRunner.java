package org.gridgov.rules.scenario;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridgov.actor.Actor;
import org.gridgov.authorization.Parties;
import org.gridgov.category.CategoryId;
import org.gridgov.city.City;
import org.gridgov.metrics.Period;
import org.gridgov.engine.CityGovernance;
import org.gridgov.engine.CommandOutcome;
import org.gridgov.engine.GovernanceSettings;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.ChannelId;
import org.gridgov.issue.Issue;
import org.gridgov.issue.IssueEvent;
import org.gridgov.issue.IssueFacts;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Owner;
import org.gridgov.issue.Participant;
import org.gridgov.CityEngine;
import org.gridgov.jurisdiction.JurisdictionNode;
import org.gridgov.jurisdiction.NodeLookup;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.mode.Mode;
import org.gridgov.organization.OrganizationId;
import org.gridgov.procedure.Stage;
import org.gridgov.rules.scenario.Scenario.Action;
import org.gridgov.rules.scenario.Scenario.CaseSpec;
import org.gridgov.rules.scenario.Scenario.Expectation;
import org.gridgov.rules.scenario.Scenario.Step;
import org.gridgov.evaluation.EvaluationPolicy;
import org.gridgov.evaluation.Evaluations;
import org.gridgov.evaluation.Ranking;
import org.gridgov.time.TimeLimit;

/**
 * Runs a scenario against a pack over a city on a simulated clock: a fresh engine over an in-memory store, every
 * case reported at its instant, then each step in file order.
 *
 * <p>An action at an instant is judged by that instant: what fell due before it is handled first, and an action
 * exactly at a deadline is on time (the engine's commands catch up by themselves; the runner ticks to just before
 * the instant only to see which rules fire). A {@code tick} step, and an expectation, handle everything due at or
 * before their instant, so an expectation at a deadline's instant sees it passed.
 */
public final class ScenarioRunner {
    /** Who acts in a scenario. */
    public static final Actor ACTOR = Actor.system("scenario", Bilingual.of("场景演练", "scenario"));
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String DEFAULT_REPORT_IN = "30 分钟";

    private ScenarioRunner() {
    }

    /**
     * Runs a scenario on a fresh engine: one with an empty store, as {@code GridGov.forCity(city).pack(…).build()}
     * gives, with the pack's procedures ({@code stage} expectations need them) and its evaluation rules.
     *
     * @throws IllegalArgumentException if the engine's store already holds cases
     */
    public static ScenarioResult run(Scenario scenario, CityEngine engine) {
        if (engine.store().allIssues().findAny().isPresent()) {
            throw new IllegalArgumentException("a scenario runs on a fresh engine, but its store holds cases");
        }
        return new Run(scenario, engine.city(), engine.engine(), engine.settings(), engine.evaluation()).run();
    }

    private static final class Run {
        final Scenario scenario;
        final City city;
        final CityGovernance engine;
        final StepActors actors;
        final GovernanceSettings settings;
        final ZoneId zone;
        final List<ExpectationResult> results = new ArrayList<>();
        final EvaluationPolicy scoring;
        final java.util.Set<String> fired = new java.util.HashSet<>();

        Run(Scenario scenario, City city, CityGovernance engine, GovernanceSettings settings,
                EvaluationPolicy scoring) {
            this.scoring = scoring;
            this.scenario = scenario;
            this.city = city;
            this.engine = engine;
            this.actors = new StepActors(city, engine);
            this.settings = settings;
            this.zone = city.zone();
        }

        /** Cases not yet reported, earliest first (file order between equal instants). */
        final java.util.Deque<CaseSpec> pending = new java.util.ArrayDeque<>();

        ScenarioResult run() {
            scenario.cases().stream()
                    .sorted(java.util.Comparator.comparing((CaseSpec c) -> c.reportedAt(scenario.start())))
                    .forEach(pending::add);
            reportUpTo(scenario.start());
            for (Step s : scenario.steps()) {
                reportUpTo(s.at());
                tick(s.action() == Action.TICK || s.action() == Action.EXPECT ? s.at() : justBefore(s.at()));
                String id = s.caseId().orElse("");
                IssueId issue = new IssueId(id.isEmpty() ? "-" : id);
                String words = s.text().orElse("场景: " + s.action().key());
                Optional<OrganizationId> unit = s.organization().map(this::organization);
                Optional<Actor> who = s.action() == Action.TICK || s.action() == Action.EXPECT ? Optional.of(ACTOR)
                        : actors.of(s, issue, unit);
                if (who.isEmpty()) {
                    results.add(new ExpectationResult(s.index(), s.line(), s.at(), id, false, where(s.line(), s.at(), id)
                            + "\n  此时没有人以 " + s.as().orElse("默认身份") + " 的身份行事 / nobody acts as "
                            + s.as().orElse("the default party") + " at that time (roster)"));
                    continue;
                }
                Actor actor = who.get();
                CommandOutcome o = switch (s.action()) {
                    case ACCEPT -> engine.accept(issue, actor, s.at());
                    case REJECT -> engine.rejectDispatch(issue, Bilingual.of(words, words), actor, s.at());
                    case SUMMON -> engine.summon(issue, unit.orElseThrow(),
                            TimeLimit.parse(s.limit().orElse(DEFAULT_REPORT_IN)), actor, s.at());
                    case CHECK_IN -> engine.checkIn(issue, unit.orElseThrow(), actor, s.at());
                    case CONSULT -> engine.consult(issue, s.organizations().stream().map(this::organization)
                            .collect(Collectors.toCollection(LinkedHashSet::new)), words, actor, s.at());
                    case RESOLVE -> engine.resolve(issue, words, actor, s.at());
                    case FEEDBACK -> engine.giveFeedback(issue, words, actor, s.at());
                    case RATE -> engine.rate(issue, s.rating().orElseThrow(), s.text().orElse(""), actor, s.at());
                    case CLOSE -> engine.close(issue, s.closure().orElseThrow(), words, actor, s.at());
                    case EXCLUDE -> engine.exclude(issue, Bilingual.of(words, words), actor, s.at());
                    case EMERGENCY, NORMAL -> switchMode(s, words, actor);
                    case TICK -> null;
                    case EXPECT -> {
                        check(s, s.expect().orElseThrow());
                        yield null;
                    }
                };
                if (s.expectRefused()) {
                    expectedRefusal(s, o, id);
                } else if (o != null) {
                    refused(o, s.index(), s.line(), s.at(), id, s.action().key());
                }
            }
            reportUpTo(Instant.MAX);
            for (var issue : engine.issues()) {
                for (var event : issue.timeline()) {
                    if (event instanceof org.gridgov.issue.IssueEvent.Routed r) {
                        r.basis().ifPresent(b -> fired.addAll(b.rules()));
                    } else if (event instanceof org.gridgov.issue.IssueEvent.Escalated x) {
                        x.basis().ifPresent(b -> fired.addAll(b.rules()));
                    }
                }
            }
            List<org.gridgov.issue.Issue> cases = scenario.cases().stream()
                    .flatMap(c -> engine.issue(new IssueId(c.id())).stream()).toList();
            return new ScenarioResult(scenario.file(), scenario.name(), results, fired, cases);
        }

        /**
         * Reports the pending cases due at or before an instant, each after ticking the engine to its own instant,
         * so that a case reported later meets the deadlines and modes of its time.
         */
        void reportUpTo(Instant upTo) {
            while (!pending.isEmpty() && !pending.peek().reportedAt(scenario.start()).isAfter(upTo)) {
                CaseSpec c = pending.poll();
                Instant at = c.reportedAt(scenario.start());
                if (at.isAfter(scenario.start())) {
                    tick(justBefore(at));
                }
                NodeLookup found = city.jurisdiction().lookup(c.location());
                Optional<NodeId> location = found.unique().map(JurisdictionNode::id);
                if (location.isEmpty()) {
                    results.add(new ExpectationResult(-1, c.line(), at, c.id(), false,
                            where(c.line(), at, c.id()) + "\n  " + found.problem().zh() + " / " + found.problem().en()
                                    + " (" + city.id() + ")"));
                    continue;
                }
                CommandOutcome o = engine.report(new IssueId(c.id()), IssueFacts.of(new CategoryId(c.category()),
                        new ChannelId(c.channel()), location.get(), c.description(), c.severity()),
                        Parties.channel(city, new ChannelId(c.channel())), at);
                refused(o, -1, c.line(), at, c.id(), "report");
            }
        }

        /** A step that says {@code expect: refused}: it passes if the action was refused, and says why. */
        void expectedRefusal(Step s, CommandOutcome o, String id) {
            boolean refused = o instanceof CommandOutcome.Refused;
            String what = refused ? ((CommandOutcome.Refused) o).rejection().reason().zh() + " / "
                    + ((CommandOutcome.Refused) o).rejection().reason().en()
                    : "动作被执行了 / the action was carried out";
            results.add(new ExpectationResult(s.index(), s.line(), s.at(), id, refused, where(s.line(), s.at(), id)
                    + "\n  预期拒绝 / expected a refusal: " + what + (refused ? "" : timeline(id, s.at()))));
        }

        /** A mode switch; a refusal is reported like any other. */
        CommandOutcome switchMode(Step s, String words, Actor actor) {
            NodeLookup found = city.jurisdiction().lookup(s.node().orElseThrow());
            Optional<NodeId> node = found.unique().map(JurisdictionNode::id);
            if (node.isEmpty()) {
                results.add(new ExpectationResult(s.index(), s.line(), s.at(), "", false,
                        where(s.line(), s.at(), "") + "\n  " + found.problem().zh() + " / " + found.problem().en()));
                return null;
            }
            return engine.switchMode(node.get(), s.action() == Action.EMERGENCY ? Mode.EMERGENCY : Mode.NORMAL,
                    Bilingual.of(words, words), actor, s.at()).map(CommandOutcome.Refused::new).orElse(null);
        }

        /** Ticks the engine, noting the rules that fired. */
        void tick(Instant now) {
            engine.tick(now).handled()
                    .forEach(h -> h.decision().explanation().fired().forEach(t -> fired.add(t.rule())));
        }

        /**
         * The last instant before an action's: a tick there handles exactly what the action's own catch-up would
         * (everything due before it), so an action at a deadline stays on time.
         */
        static Instant justBefore(Instant at) {
            return at.minusNanos(1);
        }

        void refused(CommandOutcome o, int step, int line, Instant at, String caseId, String action) {
            if (o instanceof CommandOutcome.Refused r) {
                results.add(new ExpectationResult(step, line, at, caseId, false, where(line, at, caseId)
                        + "\n  动作 " + action + " 被拒绝: " + r.rejection().reason().zh() + " / action '" + action
                        + "' was refused: " + r.rejection().reason().en() + " (" + r.rejection().code() + ")"
                        + timeline(caseId, at)));
            } else if (o instanceof CommandOutcome.Conflicted c) {
                results.add(new ExpectationResult(step, line, at, caseId, false, where(line, at, caseId)
                        + "\n  动作 " + action + " 与另一写入者冲突 / action '" + action + "' conflicted with another"
                        + " writer of the store: " + c.conflict()));
            }
        }

        void check(Step s, Expectation e) {
            if (e.unit().isPresent()) {
                checkUnit(s, e);
                return;
            }
            Optional<Issue> found = engine.issue(new IssueId(e.caseId()));
            if (found.isEmpty()) {
                results.add(new ExpectationResult(s.index(), s.line(), s.at(), e.caseId(), false,
                        where(s.line(), s.at(), e.caseId()) + "\n  案件未受理 (未上报成功) / the case was never reported"));
                return;
            }
            Issue issue = found.get();
            List<String> misses = new ArrayList<>();
            List<String> holds = new ArrayList<>();
            checkOwner(issue, e, misses, holds);
            checkStage(issue, e, misses, holds);
            checkEvents(issue, e, misses, holds);
            checkParties(issue, e, misses, holds);
            checkState(issue, e, misses, holds);
            checkSupervision(issue, e, misses, holds);
            if (misses.isEmpty()) {
                results.add(new ExpectationResult(s.index(), s.line(), s.at(), e.caseId(), true,
                        where(s.line(), s.at(), e.caseId()) + ": " + String.join("; ", holds)));
            } else {
                results.add(new ExpectationResult(s.index(), s.line(), s.at(), e.caseId(), false,
                        where(s.line(), s.at(), e.caseId()) + "\n" + String.join("\n", misses)
                                + timeline(e.caseId(), s.at())));
            }
        }

        /** The owner and the escalation level. */
        private void checkOwner(Issue issue, Expectation e, List<String> misses, List<String> holds) {
            e.owner().ifPresent(want -> {
                Optional<Owner> owner = issue.owner();
                boolean ok = owner.isPresent() && ownerMatches(owner.get(), want);
                compare(ok, "承办方", "owner", want, owner.map(this::describe).orElse("(无 / none)"), misses, holds);
            });
            e.level().ifPresent(want -> compare(issue.escalationLevel() == want, "上报层级", "escalation level",
                    String.valueOf(want), String.valueOf(issue.escalationLevel()), misses, holds));
        }

        /** The procedure stage, by id or any of its names. */
        private void checkStage(Issue issue, Expectation e, List<String> misses, List<String> holds) {
            e.stage().ifPresent(want -> {
                // A stage is written by id or by any of its names: report-in, 报到, 平台接单.
                Optional<Stage> stage = settings.procedureFor(issue)
                        .flatMap(p -> p.stage(p.stateOf(issue).current()));
                boolean ok = stage.isPresent() && (stage.get().id().value().equals(want)
                        || stage.get().name().zh().equals(want) || stage.get().name().en().equals(want)
                        || stage.get().onlineName().map(n -> n.zh().equals(want) || n.en().equals(want)).orElse(false));
                String actual = stage.map(x -> x.id().value() + " (" + x.name().zh()
                                + x.onlineName().map(n -> ", " + n.zh()).orElse("") + ")")
                        .orElse("(包未声明流程 / the pack declares no procedure)");
                compare(ok, "流程环节", "stage", want, actual, misses, holds);
            });
        }

        /** Whether it was escalated and warned. */
        private void checkEvents(Issue issue, Expectation e, List<String> misses, List<String> holds) {
            e.escalated().ifPresent(want -> {
                boolean actual = issue.timeline().stream().anyMatch(x -> x instanceof IssueEvent.Escalated);
                compare(actual == want, "是否上报", "escalated", yesNo(want), yesNo(actual), misses, holds);
            });
            e.warned().ifPresent(want -> {
                boolean actual = issue.timeline().stream().anyMatch(x -> x instanceof IssueEvent.Warned);
                compare(actual == want, "是否预警", "warned", yesNo(want), yesNo(actual), misses, holds);
            });
        }

        /** Whether it was supervised, and at which level. */
        private void checkSupervision(Issue issue, Expectation e, List<String> misses, List<String> holds) {
            e.supervised().ifPresent(want -> {
                boolean actual = issue.timeline().stream().anyMatch(x -> x instanceof IssueEvent.Supervised);
                compare(actual == want, "是否督办", "supervised", yesNo(want), yesNo(actual), misses, holds);
            });
            e.supervisionLevel().ifPresent(want -> {
                Optional<org.gridgov.jurisdiction.JurisdictionLevel> actual = supervisedAt(issue);
                boolean ok = actual.isPresent() && (actual.get().id().value().equals(want)
                        || actual.get().name().zh().equals(want) || actual.get().name().en().equals(want));
                compare(ok, "督办时所在层级", "level supervised at", want, actual.map(l -> l.id().value() + " ("
                        + l.name().zh() + ")").orElse("(未督办 / never supervised)"), misses, holds);
            });
        }

        /** Who was summoned, co-handles, missed a report-in. */
        private void checkParties(Issue issue, Expectation e, List<String> misses, List<String> holds) {
            e.summoned().ifPresent(want -> {
                List<String> actual = issue.participants().stream().map(p -> p.organization().value()).toList();
                // An empty list says nobody was summoned; otherwise the listed ones were, among others.
                boolean ok = want.isEmpty() ? actual.isEmpty() : actual.containsAll(ids(want));
                compare(ok, "被召集部门包含", "summoned includes", want.toString(), actual.toString(), misses, holds);
            });
            e.coHandlers().ifPresent(want -> {
                List<String> actual = issue.coHandlers().stream().map(o -> o.value()).toList();
                boolean ok = actual.size() == want.size() && actual.containsAll(ids(want));
                compare(ok, "协办方", "co-handlers", want.toString(), actual.toString(), misses, holds);
            });
            e.missedReportIn().ifPresent(want -> {
                List<String> actual = issue.participants().stream().filter(Participant::missed)
                        .map(p -> p.organization().value()).toList();
                compare(actual.containsAll(ids(want)) && (!want.isEmpty() || actual.isEmpty()), "报到超时部门",
                        "missed report-in", want.toString(), actual.toString(), misses, holds);
            });
        }

        /** The latest reason, status, round and deadlines. */
        private void checkState(Issue issue, Expectation e, List<String> misses, List<String> holds) {
            e.reasonContains().ifPresent(want -> {
                Optional<Bilingual> reason = latestReason(issue);
                boolean ok = reason.isPresent() && (reason.get().zh().contains(want) || reason.get().en().contains(want));
                compare(ok, "最近理由包含", "latest reason contains", want,
                        reason.map(r -> r.zh() + " / " + r.en()).orElse("(无 / none)"), misses, holds);
            });
            e.status().ifPresent(want -> compare(issue.status() == want, "状态", "status",
                    want.displayName().zh() + " / " + want.displayName().en(),
                    issue.status().displayName().zh() + " / " + issue.status().displayName().en(), misses, holds));
            e.round().ifPresent(want -> compare(issue.round() == want, "办理轮次", "round", String.valueOf(want),
                    String.valueOf(issue.round()), misses, holds));
            e.due().forEach((kind, want) -> {
                Optional<Instant> actual = issue.deadline(kind);
                compare(actual.isPresent() && actual.get().equals(want.in(zone)), "时限 " + kind + " 到期",
                        "deadline " + kind + " due", want.toString(),
                        actual.map(a -> TIME.format(a.atZone(zone))).orElse("(无 / none)"), misses, holds);
            });
        }

        /** The level of the node the case was held at when it was last supervised. */
        Optional<org.gridgov.jurisdiction.JurisdictionLevel> supervisedAt(Issue issue) {
            Optional<NodeId> at = Optional.empty();
            Optional<NodeId> owner = Optional.empty();
            for (IssueEvent x : issue.timeline()) {
                if (x instanceof IssueEvent.Routed r) {
                    owner = Optional.of(r.owner().node());
                } else if (x instanceof IssueEvent.Escalated up) {
                    owner = Optional.of(up.newOwner().node());
                } else if (x instanceof IssueEvent.Reassigned r) {
                    owner = Optional.of(r.newOwner().node());
                } else if (x instanceof IssueEvent.Supervised) {
                    at = owner;
                }
            }
            return at.flatMap(n -> city.jurisdiction().find(n)).map(n -> n.level());
        }

        /**
         * The period an evaluation expectation scores: its calendar month in the city's zone, else the scenario's
         * start to the step's instant.
         */
        Period period(Step s, Expectation e) {
            return e.period().map(m -> new Period(m.atDay(1).atStartOfDay(zone).toInstant(),
                    m.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()))
                    .orElseGet(() -> new Period(scenario.start(), s.at().plusNanos(1)));
        }

        /**
         * Scores the unit's level with the pack over the cases reported from the start to the step's instant, and
         * compares the unit's score and rank.
         */
        void checkUnit(Step s, Expectation e) {
            String want = e.unit().orElseThrow();
            Optional<NodeId> node = node(want);
            Optional<org.gridgov.organization.Organization> department = node.isPresent() ? Optional.empty()
                    : city.organizations().lookup(want);
            if (node.isEmpty() && department.isEmpty()) {
                results.add(new ExpectationResult(s.index(), s.line(), s.at(), "", false, where(s.line(), s.at(), "")
                        + "\n  找不到考核单位 '" + want + "' (节点或部门) / no node or department '" + want
                        + "' to evaluate"));
                return;
            }
            // A node is ranked among the nodes of its level; a department among the departments summoned to the
            // city's whistles (评价权), rated on those summonses.
            String unitId = node.map(NodeId::value).orElseGet(() -> department.get().id().value());
            Ranking ranking = node.isPresent()
                    ? Evaluations.rankLevel(city, engine.issues(), period(s, e), "scenario",
                            city.jurisdiction().node(node.get()).level().id(), scoring)
                    : Evaluations.rankDepartments(city, engine.issues(), period(s, e), "scenario",
                            city.jurisdiction().root().id(), scoring);
            String level = node.map(n -> city.jurisdiction().node(n).level().id().value()).orElse("department");
            Optional<Ranking.Entry> entry = ranking.entries().stream()
                    .filter(x -> x.scorecard().unit().id().equals(unitId)).findFirst();
            entry.ifPresent(x -> x.scorecard().lines().forEach(l -> fired.add(l.rule())));
            List<String> misses = new ArrayList<>();
            List<String> holds = new ArrayList<>();
            e.score().ifPresent(w -> compare(entry.isPresent() && Math.abs(entry.get().scorecard().score() - w) < 0.01,
                    "考核得分", "score", String.format(java.util.Locale.ROOT, "%.2f", w),
                    entry.map(x -> String.format(java.util.Locale.ROOT, "%.2f", x.scorecard().score())).orElse("-"),
                    misses, holds));
            e.rank().ifPresent(w -> compare(entry.isPresent() && entry.get().rank() == w, "排名", "rank",
                    String.valueOf(w), entry.map(x -> x.rank() + "/" + ranking.entries().size()).orElse("-"),
                    misses, holds));
            String head = where(s.line(), s.at(), "") + " " + want;
            if (misses.isEmpty()) {
                results.add(new ExpectationResult(s.index(), s.line(), s.at(), "", true, head + ": "
                        + String.join("; ", holds)));
            } else {
                StringBuilder lines = new StringBuilder(head).append("\n").append(String.join("\n", misses))
                        .append("\n  ").append(level).append(" 排名 / ranking:");
                // The top five and the unit itself: a real city has a hundred streets.
                List<Ranking.Entry> shown = new ArrayList<>(ranking.entries().subList(0,
                        Math.min(5, ranking.entries().size())));
                entry.filter(x -> !shown.contains(x)).ifPresent(shown::add);
                shown.forEach(x -> lines.append("\n    ").append(x.rank()).append(". ")
                        .append(x.scorecard().unit().name().zh()).append(" (").append(x.scorecard().unit().id())
                        .append(") ").append(String.format(java.util.Locale.ROOT, "%.2f", x.scorecard().score())));
                entry.ifPresent(x -> x.scorecard().lines().forEach(l -> lines.append("\n      ").append(l.rule())
                        .append(" ").append(l.points()).append(": ").append(l.reason().zh())));
                results.add(new ExpectationResult(s.index(), s.line(), s.at(), "", false, lines.toString()));
            }
        }

        static void compare(boolean ok, String zh, String en, String expected, String actual, List<String> misses,
                List<String> holds) {
            if (ok) {
                holds.add(en + " = " + actual);
            } else {
                misses.add("  预期" + zh + "为 " + expected + ", 实际为 " + actual + " / expected " + en + " " + expected
                        + ", but was " + actual);
            }
        }

        static String yesNo(boolean b) {
            return b ? "是 (true)" : "否 (false)";
        }

        String where(int line, Instant at, String caseId) {
            return scenario.file() + (line > 0 ? ":" + line : "") + " 于 " + local(at) + " (at)"
                    + (caseId.isEmpty() ? "" : ", 案件 / case " + caseId);
        }

        String local(Instant at) {
            return TIME.format(at.atZone(zone));
        }

        /** An organization by id or name; unknown text is taken as an id, so the engine's refusal names it. */
        OrganizationId organization(String text) {
            return city.organizations().lookup(text).map(org.gridgov.organization.Organization::id)
                    .orElse(new OrganizationId(text));
        }

        List<String> ids(List<String> organizations) {
            return organizations.stream().map(o -> organization(o).value()).toList();
        }

        boolean ownerMatches(Owner owner, String want) {
            if (owner.node().value().equals(want)
                    || owner.organization().map(o -> o.equals(organization(want))).orElse(false)
                    || owner.person().map(p -> p.value().equals(want)).orElse(false)) {
                return true;
            }
            return city.jurisdiction().find(owner.node()).map(n -> n.name().zh().equals(want) || n.name().en().equals(want))
                    .orElse(false);
        }

        String describe(Owner owner) {
            String name = city.jurisdiction().find(owner.node()).map(n -> " " + n.name().zh()).orElse("");
            return owner.node().value() + name + owner.organization().map(o -> " / " + o.value()).orElse("")
                    + owner.person().map(p -> " / " + p.value()).orElse("");
        }

        Optional<NodeId> node(String text) {
            return city.jurisdiction().lookup(text).unique().map(JurisdictionNode::id);
        }

        static Optional<Bilingual> latestReason(Issue issue) {
            Optional<Bilingual> out = Optional.empty();
            for (IssueEvent e : issue.timeline()) {
                Optional<Bilingual> r = reason(e);
                if (r.isPresent()) {
                    out = r;
                }
            }
            return out;
        }

        static Optional<Bilingual> reason(IssueEvent e) {
            if (e instanceof IssueEvent.Routed r) {
                return Optional.of(r.reason());
            } else if (e instanceof IssueEvent.Escalated r) {
                return Optional.of(r.reason());
            } else if (e instanceof IssueEvent.Reassigned r) {
                return Optional.of(r.reason());
            } else if (e instanceof IssueEvent.DispatchRejected r) {
                return Optional.of(r.reason());
            } else if (e instanceof IssueEvent.Reopened r) {
                return Optional.of(r.reason());
            } else if (e instanceof IssueEvent.Excluded r) {
                return Optional.of(r.reason());
            }
            return Optional.empty();
        }

        /** The case's timeline up to an instant, one line per event. */
        String timeline(String caseId, Instant upTo) {
            if (caseId.isEmpty()) {
                return "";
            }
            Optional<Issue> issue = engine.issue(new IssueId(caseId));
            if (issue.isEmpty()) {
                return "\n  案件时间线 / timeline: (无 / none)";
            }
            StringBuilder out = new StringBuilder("\n  案件 " + caseId + " 截至 " + local(upTo) + " 的时间线 / timeline of case "
                    + caseId + " up to then:");
            for (IssueEvent e : issue.get().timeline()) {
                if (e.at().isAfter(upTo)) {
                    break;
                }
                out.append("\n    ").append(local(e.at())).append("  ").append(e.getClass().getSimpleName())
                        .append(detail(e));
            }
            return out.toString();
        }

        String detail(IssueEvent e) {
            Set<String> parts = new LinkedHashSet<>();
            if (e instanceof IssueEvent.Routed r) {
                parts.add("→ " + describe(r.owner()));
            } else if (e instanceof IssueEvent.Escalated r) {
                parts.add("→ " + describe(r.newOwner()) + " (level " + r.level() + ")");
            } else if (e instanceof IssueEvent.Reassigned r) {
                parts.add("→ " + describe(r.newOwner()));
            } else if (e instanceof IssueEvent.Summoned r) {
                parts.add(r.organization().value() + r.reportInBy().map(b -> " 报到时限 / report in by " + local(b)).orElse(""));
            } else if (e instanceof IssueEvent.CheckedIn r) {
                parts.add(r.organization().value());
            } else if (e instanceof IssueEvent.ReportInMissed r) {
                parts.add(r.organization().value());
            } else if (e instanceof IssueEvent.DeadlineSet r) {
                parts.add(r.kind() + " " + local(r.due()));
            } else if (e instanceof IssueEvent.DeadlineCleared r) {
                parts.add(r.kind());
            } else if (e instanceof IssueEvent.Warned r) {
                parts.add(r.deadline() + ": " + r.message().zh());
            } else if (e instanceof IssueEvent.Rated r) {
                parts.add(r.rating().displayName().zh() + " / " + r.rating().displayName().en());
            } else if (e instanceof IssueEvent.Supervised r) {
                parts.add(r.note());
            } else if (e instanceof IssueEvent.Resolved r) {
                parts.add(r.summary());
            } else if (e instanceof IssueEvent.Closed r) {
                parts.add(r.closure().displayName().zh());
            }
            reason(e).ifPresent(r -> parts.add(r.zh()));
            parts.removeIf(String::isBlank);
            return parts.isEmpty() ? "" : "  " + String.join(" — ", parts);
        }
    }
}
