package org.gridgov.rules.scenario;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.IssueStatus;
import org.gridgov.issue.Rating;
import org.gridgov.issue.Severity;

/**
 * One scenario file, read and checked: cases reported at {@link #start}, then steps in time order.
 *
 * @param file  the file's name, for messages
 * @param name  what the scenario shows
 * @param start when every case is reported
 * @param cases the cases, in file order
 * @param steps the steps, in file order, their instants never decreasing
 */
public record Scenario(String file, Bilingual name, Instant start, List<CaseSpec> cases, List<Step> steps)
        implements ScenarioFile {
    public Scenario {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(start, "start");
        cases = List.copyOf(cases);
        steps = List.copyOf(steps);
    }

    @Override
    public ScenarioResult run(org.gridgov.CityEngine engine) {
        return ScenarioRunner.run(this, engine);
    }

    /** The case declared with an id. */
    public Optional<CaseSpec> caseOf(String id) {
        return cases.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /**
     * A case, reported at the start unless it names a later instant.
     *
     * @param location a node id, a division code or a node's name, resolved against the city when run
     * @param at       when it is reported, if later than the scenario's start (a case reported after an emergency
     *                 switch, say); empty for the start
     */
    public record CaseSpec(String id, String category, String location, String channel, Severity severity,
            String description, int line, Optional<Instant> at) {
        public CaseSpec {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(at, "at");
        }

        /** A case reported at the scenario's start. */
        public CaseSpec(String id, String category, String location, String channel, Severity severity,
                String description, int line) {
            this(id, category, location, channel, severity, description, line, Optional.empty());
        }

        /** When the case is reported in a scenario that starts at {@code start}. */
        public Instant reportedAt(Instant start) {
            return at.orElse(start);
        }
    }

    /** What a step does; each has an English name and Chinese aliases usable in {@code do:}. */
    public enum Action implements StepAction {
        ACCEPT("accept", "受理", "签收"),
        REJECT("reject", "退回", "退单"),
        SUMMON("summon", "吹哨", "召集"),
        CHECK_IN("check-in", "报到"),
        CONSULT("consult", "会商"),
        RESOLVE("resolve", "办结", "处置"),
        FEEDBACK("feedback", "反馈"),
        RATE("rate", "评价"),
        CLOSE("close", "结案"),
        EXCLUDE("exclude", "剔除", "免责"),
        EMERGENCY("emergency", "急时", "应急"),
        NORMAL("normal", "平时"),
        TICK("tick", "推进", "计时"),
        /** A step with {@code expect:} instead of {@code do:}. */
        EXPECT("expect", "预期");

        private final String key;
        private final List<String> aliases;

        Action(String key, String... aliases) {
            this.key = key;
            this.aliases = List.of(aliases);
        }

        @Override
        public String key() {
            return key;
        }

        @Override
        public List<String> aliases() {
            return aliases;
        }

        /** Whether the action is on a case and so needs {@code case:}. */
        public boolean onCase() {
            return this != EMERGENCY && this != NORMAL && this != TICK;
        }

        /** The action a file names, by English key (case-insensitive, {@code _} for {@code -}) or alias. */
        public static Optional<Action> parse(String text) {
            return StepAction.parse(values(), EXPECT, text);
        }
    }

    /**
     * One step: at an instant, an action, or an expectation.
     *
     * @param index        0-based position in {@code steps}
     * @param line         the step's line in the file
     * @param at           when it happens; the engine is ticked at this instant before the step
     * @param atText       the {@code at} as written (or empty when it was left out)
     * @param action       what the step does
     * @param caseId       the case it acts on or expects about
     * @param node         the node of a mode switch
     * @param organization the organization summoned or checking in
     * @param organizations the participants of a consultation
     * @param text         the reason, summary, comment, feedback or note
     * @param rating       the rating of {@code rate}
     * @param limit        the report-in limit of {@code summon}, as text ({@code 30 分钟})
     * @param closure      the closure kind of {@code close}
     * @param expect       the expectation of an {@code expect} step
     * @param as           who issues an action ({@code as:}): {@code owner} (the default for the owner's commands),
     *                     {@code platform}, {@code reporter} (the channel's callback), {@code role@node-or-unit}
     *                     (whoever acts in that role there then), {@code person:id} (a person as the roster has
     *                     them), {@code resident:id} or {@code system:id}
     * @param expectRefused whether the action must be refused ({@code expect: refused})
     */
    public record Step(int index, int line, Instant at, String atText, Action action, Optional<String> caseId,
            Optional<String> node, Optional<String> organization, List<String> organizations, Optional<String> text,
            Optional<Rating> rating, Optional<String> limit, Optional<org.gridgov.issue.Closure> closure,
            Optional<Expectation> expect, Optional<String> as, boolean expectRefused) {
        public Step {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(action, "action");
            organizations = List.copyOf(organizations);
        }
    }

    /**
     * What a case should look like at a step's instant; only what is named is compared.
     *
     * @param owner          the owner's node id, node name, organization id or person id
     * @param level          the escalation level
     * @param stage          the procedure stage id
     * @param escalated      whether the case has ever been escalated
     * @param warned         whether any warning was given
     * @param summoned       organizations summoned (must all be among those summoned; empty: nobody was)
     * @param coHandlers     organizations handling the case with its owner (协办), exactly, in any order
     * @param missedReportIn organizations recorded as missing their report-in
     * @param reasonContains text the latest reason (routing, escalation, reassignment, rejection, reopening) contains
     * @param status         the status
     * @param round          the handling round (0 first, 1 after one reopening)
     * @param unit           for an evaluation expectation, the unit (node id or name) scored with the pack's
     *                       scoring rules over the scenario's cases from its start to the step's instant, among the
     *                       nodes of its level; {@code caseId} is then empty
     * @param score          the unit's expected score, to within 0.01
     * @param rank           the unit's expected rank (1 is best)
     * @param due            deadlines by kind ({@code resolve}, {@code consult}, {@code stage}, {@code warn-80}) and
     *                       the instant each is due; a deadline the case no longer has does not match
     * @param supervised     whether the case has been supervised (督办)
     * @param supervisionLevel the level the case was held at when it was last supervised (市委督单: the city), by
     *                       level id or name
     * @param period         for an evaluation expectation, the calendar month scored instead of the scenario's
     *                       start to the step's instant
     */
    public record Expectation(String caseId, Optional<String> owner, Optional<Integer> level, Optional<String> stage,
            Optional<Boolean> escalated, Optional<Boolean> warned, Optional<List<String>> summoned,
            Optional<List<String>> coHandlers, Optional<List<String>> missedReportIn, Optional<String> reasonContains, Optional<IssueStatus> status,
            Optional<Integer> round, Optional<String> unit, Optional<Double> score, Optional<Integer> rank,
            Map<String, When> due, Optional<Boolean> supervised, Optional<String> supervisionLevel,
            Optional<YearMonth> period) {
        public Expectation {
            Objects.requireNonNull(caseId, "caseId");
            due = Map.copyOf(due);
        }
    }

    /**
     * An instant as a scenario writes it: local time in the city's zone ({@code 2025-10-11T16:00}) or with an
     * offset ({@code 2025-10-11T16:00+08:00}).
     */
    public record When(LocalDateTime local, Optional<ZoneOffset> offset) {
        public When {
            Objects.requireNonNull(local, "local");
            Objects.requireNonNull(offset, "offset");
        }

        /** The instant in a city's zone, unless an offset was written. */
        public Instant in(ZoneId zone) {
            return offset.map(o -> local.toInstant(o)).orElseGet(() -> local.atZone(zone).toInstant());
        }

        @Override
        public String toString() {
            return local + offset.map(Object::toString).orElse("");
        }
    }
}
