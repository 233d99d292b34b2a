package org.gridgov.procedure;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.Issue;
import org.gridgov.issue.IssueEvent;
import org.gridgov.issue.IssueStatus;
import org.gridgov.time.WorkCalendar;
import org.gridgov.validation.InvalidModelException;
import org.gridgov.validation.Problem;

/**
 * A city's procedure: ordered stages, the transitions by which issue events move a case between them, and
 * each stage's time limit. The first stage is the initial one, entered at the issue's {@code Reported} event.
 *
 * <p><b>Reading a timeline.</b> {@link #stateOf} replays an issue's events in order. In the current stage an
 * event moves the case by the stage's own transition on that event kind if there is one, else by a wildcard
 * transition ({@code from: any}) on that kind unless the case is already in its target; an event with no
 * transition leaves the stage unchanged. A procedure never refuses an event: whether an event may happen is
 * the issue lifecycle's question, and a procedure only says where the case stands.
 *
 * <p><b>Validity.</b> {@link #of} refuses, listing every problem at once: a blank id, no stages, a duplicate
 * stage id, a stage called {@code any}, a transition from or to an unknown stage, a transition to
 * {@code any}, a transition on {@code reported} (the first stage is entered by it, it never moves a case),
 * two transitions from the same stage on the same event kind, and a stage that no sequence of transitions
 * reaches from the first (checked only when every transition names declared stages, since a misspelt stage
 * would otherwise be reported twice). Problems name stages and transitions by their 1-based position ({@code #3}),
 * their messages by id.
 *
 * <p>Instances are immutable values, equal when id, name, stages and transitions are equal.
 */
public final class Procedure {
    private final String id;
    private final Bilingual name;
    private final ImmutableList<Stage> stages;
    private final ImmutableList<Transition> transitions;
    private final ImmutableMap<StageId, Stage> byId;
    private final Map<StageId, Map<EventKind, Transition>> specific;
    private final Map<EventKind, Transition> wildcard;

    private Procedure(String id, Bilingual name, List<Stage> stages, List<Transition> transitions) {
        this.id = id;
        this.name = name;
        this.stages = ImmutableList.copyOf(stages);
        this.transitions = ImmutableList.copyOf(transitions);
        this.byId = this.stages.stream().collect(ImmutableMap.toImmutableMap(Stage::id, s -> s));
        Map<StageId, Map<EventKind, Transition>> own = new HashMap<>();
        Map<EventKind, Transition> any = new EnumMap<>(EventKind.class);
        for (Transition t : transitions) {
            if (t.isWildcard()) {
                any.put(t.on(), t);
            } else {
                own.computeIfAbsent(t.from(), k -> new EnumMap<>(EventKind.class)).put(t.on(), t);
            }
        }
        this.specific = own;
        this.wildcard = any;
    }

    /**
     * A procedure, checked.
     *
     * @param id          a stable id such as {@code jilin-six-steps}, non-blank
     * @param name        its name
     * @param stages      the stages in order, the first being the initial one
     * @param transitions the transitions, in any order
     * @throws InvalidModelException listing every problem named in the class comment
     * @throws NullPointerException  if an argument, a stage or a transition is null
     */
    public static Procedure of(String id, Bilingual name, List<Stage> stages, List<Transition> transitions) {
        Objects.requireNonNull(name, "name");
        stages.forEach(s -> Objects.requireNonNull(s, "a stage is null"));
        transitions.forEach(t -> Objects.requireNonNull(t, "a transition is null"));
        List<Problem> problems = new ArrayList<>();
        String shownId = String.valueOf(id);
        if (id == null || id.isBlank()) {
            problems.add(Problem.of("procedure", shownId, "id", "流程缺少 id", "a procedure needs an id"));
        }
        if (stages.isEmpty()) {
            problems.add(Problem.of("procedure", shownId, "stages", "流程至少需要一个阶段",
                    "a procedure needs at least one stage"));
        }
        Map<StageId, Integer> first = new LinkedHashMap<>();
        for (int i = 0; i < stages.size(); i++) {
            StageId s = stages.get(i).id();
            if (s.isAny()) {
                problems.add(Problem.of("stage", "#" + (i + 1), "id", "阶段 id 'any' 已保留, 表示任意阶段",
                        "the stage id 'any' is reserved for transitions from any stage"));
            } else if (first.containsKey(s)) {
                problems.add(Problem.of("stage", "#" + (i + 1), "id",
                        "阶段 id '" + s + "' 重复, 已由第 " + first.get(s) + " 个阶段使用",
                        "stage id '" + s + "' is already used by stage #" + first.get(s)));
            } else {
                first.put(s, i + 1);
            }
        }
        String known = first.keySet().stream().map(StageId::value).collect(Collectors.joining(", "));
        Map<String, Integer> seenPairs = new HashMap<>();
        boolean unknownStages = false;
        for (int i = 0; i < transitions.size(); i++) {
            Transition t = transitions.get(i);
            String at = "#" + (i + 1);
            if (!t.isWildcard() && !first.containsKey(t.from())) {
                problems.add(unknownStage(at, "from", t.from(), known));
                unknownStages = true;
            }
            if (t.to().isAny()) {
                problems.add(Problem.of("transition", at, "to", "'any' 只能用于 from, 转入的阶段须是具体阶段",
                        "'any' can only be a from; a transition goes to a named stage"));
            } else if (!first.containsKey(t.to())) {
                problems.add(unknownStage(at, "to", t.to(), known));
                unknownStages = true;
            }
            if (t.on() == EventKind.REPORTED) {
                problems.add(Problem.of("transition", at, "on",
                        "reported 是第一个事件, 案件由它进入第一个阶段, 不能用于转换",
                        "reported is the first event, which enters the first stage; no transition can be on it"));
            }
            Integer earlier = seenPairs.putIfAbsent(t.from().value() + "\u0000" + t.on(), i + 1);
            if (earlier != null) {
                problems.add(Problem.of("transition", at, "on",
                        "阶段 '" + t.from() + "' 在 " + t.on() + " 事件上已有第 " + earlier + " 个转换",
                        "stage '" + t.from() + "' already has transition #" + earlier + " on " + t.on()));
            }
        }
        // A misspelt stage in a transition would make its intended target unreachable too: one problem is enough.
        if (!stages.isEmpty() && !unknownStages) {
            Set<StageId> reached = reachable(stages.get(0).id(), transitions, first.keySet());
            for (int i = 0; i < stages.size(); i++) {
                StageId s = stages.get(i).id();
                if (!s.isAny() && first.get(s) == i + 1 && !reached.contains(s)) {
                    problems.add(Problem.of("stage", "#" + (i + 1), "",
                            "从第一个阶段 '" + stages.get(0).id() + "' 无法到达阶段 '" + s + "'",
                            "stage '" + s + "' cannot be reached from the first stage '" + stages.get(0).id() + "'"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidModelException("procedure " + shownId, problems);
        }
        return new Procedure(id, name, stages, transitions);
    }

    private static Problem unknownStage(String at, String field, StageId stage, String known) {
        return Problem.of("transition", at, field, "未知阶段 '" + stage + "', 已声明的阶段: " + known,
                "unknown stage '" + stage + "'; declared stages: " + known);
    }

    private static Set<StageId> reachable(StageId start, List<Transition> transitions, Set<StageId> stages) {
        Set<StageId> seen = new HashSet<>();
        Deque<StageId> todo = new ArrayDeque<>();
        todo.add(start);
        seen.add(start);
        while (!todo.isEmpty()) {
            StageId at = todo.poll();
            for (Transition t : transitions) {
                if ((t.isWildcard() || t.from().equals(at)) && stages.contains(t.to()) && seen.add(t.to())) {
                    todo.add(t.to());
                }
            }
        }
        return seen;
    }

    /** The procedure's id. */
    public String id() {
        return id;
    }

    /** Its name. */
    public Bilingual name() {
        return name;
    }

    /** The stages in order. */
    public ImmutableList<Stage> stages() {
        return stages;
    }

    /** The transitions in the order given. */
    public ImmutableList<Transition> transitions() {
        return transitions;
    }

    /** The initial stage, entered at the {@code Reported} event. */
    public Stage initial() {
        return stages.get(0);
    }

    /** The stage with an id, if declared. */
    public Optional<Stage> stage(StageId stage) {
        return Optional.ofNullable(byId.get(stage));
    }

    /**
     * The transition an event of a kind takes in a stage: the stage's own, else a wildcard one unless the
     * stage is its target; empty if the event leaves the stage unchanged.
     */
    public Optional<Transition> transitionFor(StageId stage, EventKind on) {
        Transition own = specific.getOrDefault(stage, Map.of()).get(on);
        if (own != null) {
            return Optional.of(own);
        }
        Transition any = wildcard.get(on);
        return any == null || any.to().equals(stage) ? Optional.empty() : Optional.of(any);
    }

    /**
     * Where an issue stands: its timeline replayed through the transitions.
     *
     * @throws NullPointerException if the issue is null
     */
    public ProcedureState stateOf(Issue issue) {
        List<IssueEvent> timeline = issue.timeline();
        IssueEvent reported = timeline.get(0);
        List<StageVisit> history = new ArrayList<>();
        StageVisit open = new StageVisit(initial().id(), reported.at(), EventKind.REPORTED, Optional.empty(),
                Optional.empty());
        for (int i = 1; i < timeline.size(); i++) {
            IssueEvent e = timeline.get(i);
            EventKind kind = EventKind.of(e);
            Optional<Transition> t = transitionFor(open.stage(), kind);
            if (t.isPresent()) {
                history.add(open.leave(e.at(), kind));
                open = new StageVisit(t.get().to(), e.at(), kind, Optional.empty(), Optional.empty());
            }
        }
        history.add(open);
        return new ProcedureState(byId.get(open.stage()), history, issue.status() == IssueStatus.CLOSED);
    }

    /**
     * When the issue's current stage is due, counted in the calendar from when it entered the stage; see
     * {@link ProcedureState#due}.
     *
     * @return empty if the stage has no limit or the issue is closed
     * @throws NullPointerException if an argument is null
     */
    public Optional<LocalDateTime> stageDue(Issue issue, WorkCalendar calendar, ZoneId zone) {
        return stateOf(issue).due(calendar, zone);
    }

    /** {@link #stageDue} as an instant. */
    public Optional<Instant> stageDueInstant(Issue issue, WorkCalendar calendar, ZoneId zone) {
        return stateOf(issue).dueInstant(calendar, zone);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Procedure p && id.equals(p.id) && name.equals(p.name) && stages.equals(p.stages)
                && transitions.equals(p.transitions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, stages, transitions);
    }

    @Override
    public String toString() {
        return "Procedure[" + id + " " + name + ", " + stages.size() + " stages, " + transitions.size()
                + " transitions]";
    }
}
