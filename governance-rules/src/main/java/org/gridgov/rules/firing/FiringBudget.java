package org.gridgov.rules.firing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.gridgov.i18n.Bilingual;
import org.gridgov.policy.Candidate;
import org.gridgov.validation.InvalidModelException;
import org.gridgov.validation.Problem;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.Match;

/**
 * How much rule firing one decision may do: at most {@link #maxFirings()} firings per case and
 * {@link #maxTime()} of firing, by default {@value #DEFAULT_FIRINGS} firings and 2 seconds.
 *
 * <p>A rule that modifies or updates a fact in its own action without {@code no-loop} matches again and fires
 * again, forever; two rules can do the same to each other. Drools stops only when its agenda is empty, so such a
 * pack would hold the host's thread for good. A {@link Meter} is the agenda filter of every firing: once a case
 * has fired its limit, or the decision has run its time, it refuses every further match, which empties the agenda
 * and ends the firing. The policies then decide without the rules' proposals (routing falls back to the 兜底
 * owner, escalation asks a person to supervise, evaluation keeps only the weighted rates) and say why in the
 * decision, naming the rules that kept firing ({@link Incident}).
 *
 * <p>The time is read between firings, so one firing cannot be cut short; what bounds a single firing is the
 * sandbox: rule code has no loops and no recursion and calls only the allow-listed methods
 * ({@code org.gridgov.rules.sandbox.CodeCheck}). The clock is a ticker in nanoseconds, {@link System#nanoTime} by
 * default; a decision stopped by time depends on the machine, unlike every other decision, which is why the
 * default leaves a wide margin (a decision takes microseconds).
 *
 * <p>A pack may change the limits in {@code pack.yaml}:
 * <pre>
 * settings:
 *   firing: {maxFirings: 10000, maxMillis: 2000}
 * </pre>
 */
public final class FiringBudget {
    /** Firings per case by default. */
    public static final int DEFAULT_FIRINGS = 10_000;
    /** Milliseconds of firing per decision by default. */
    public static final long DEFAULT_MILLIS = 2_000;
    /** The default budget, timed by {@link System#nanoTime}. */
    public static final FiringBudget DEFAULT = new FiringBudget(DEFAULT_FIRINGS, Duration.ofMillis(DEFAULT_MILLIS),
            System::nanoTime);
    /** The most a pack may ask for: beyond these a runaway pack would hold a host for minutes again. */
    static final int MOST_FIRINGS = 10_000_000;
    static final long MOST_MILLIS = 600_000;
    /** How many of the last firings an incident looks at to name the rules that kept firing. */
    private static final int RECENT = 8;

    private final int maxFirings;
    private final Duration maxTime;
    private final LongSupplier ticker;

    private FiringBudget(int maxFirings, Duration maxTime, LongSupplier ticker) {
        this.maxFirings = maxFirings;
        this.maxTime = maxTime;
        this.ticker = ticker;
    }

    /**
     * A budget of so many firings per case and so much time per decision.
     *
     * @throws IllegalArgumentException if either is not positive
     */
    public static FiringBudget of(int maxFirings, Duration maxTime) {
        if (maxFirings <= 0 || maxTime.isNegative() || maxTime.isZero()) {
            throw new IllegalArgumentException("a firing budget must be positive: " + maxFirings + ", " + maxTime);
        }
        return new FiringBudget(maxFirings, maxTime, System::nanoTime);
    }

    /**
     * The budget a pack's settings give ({@code settings.firing.maxFirings}, {@code settings.firing.maxMillis});
     * absent values take the defaults.
     *
     * @throws InvalidModelException naming each value that is not a whole number from 1 to the most allowed
     *                               (10,000,000 firings, 600,000 ms)
     */
    public static FiringBudget of(ObjectNode settings) {
        JsonNode firing = settings.path("firing");
        List<Problem> problems = new ArrayList<>();
        long firings = number(firing, "maxFirings", DEFAULT_FIRINGS, MOST_FIRINGS, problems);
        long millis = number(firing, "maxMillis", DEFAULT_MILLIS, MOST_MILLIS, problems);
        if (!problems.isEmpty()) {
            throw new InvalidModelException("firing settings", problems);
        }
        return firings == DEFAULT_FIRINGS && millis == DEFAULT_MILLIS ? DEFAULT
                : new FiringBudget((int) firings, Duration.ofMillis(millis), System::nanoTime);
    }

    private static long number(JsonNode firing, String key, long fallback, long most, List<Problem> problems) {
        JsonNode n = firing.path(key);
        if (n.isMissingNode() || n.isNull()) {
            return fallback;
        }
        if (!n.canConvertToLong() || !n.isIntegralNumber() || n.asLong() < 1 || n.asLong() > most) {
            problems.add(Problem.of("setting", "settings.firing", key,
                    "settings.firing." + key + " 应为 1 到 " + most + " 之间的整数, 现为 " + n,
                    "settings.firing." + key + " must be a whole number from 1 to " + most + ", not " + n));
            return fallback;
        }
        return n.asLong();
    }

    /** The same limits read from another ticker (nanoseconds), for tests. */
    public FiringBudget withTicker(LongSupplier nanos) {
        return new FiringBudget(maxFirings, maxTime, Objects.requireNonNull(nanos, "nanos"));
    }

    /** Firings one case may cause in a decision. */
    public int maxFirings() {
        return maxFirings;
    }

    /** Time one decision may spend firing. */
    public Duration maxTime() {
        return maxTime;
    }

    /**
     * A meter for one decision over {@code cases} cases fired together, its clock started now: each case may fire
     * {@link #maxFirings()} times, all of them together that many times per case, and all within
     * {@link #maxTime()}.
     */
    public Meter meter(int cases) {
        return new Meter(Math.max(1, cases));
    }

    @Override
    public String toString() {
        return maxFirings + " firings, " + maxTime.toMillis() + " ms";
    }

    /**
     * What one decision has spent: the agenda filter to fire with. It accepts matches while the budget lasts and
     * refuses every match after, so that the firing ends. Not thread-safe: one per decision.
     */
    public final class Meter implements AgendaFilter {
        private final long total;
        private final long start;
        private final String[] recent = new String[RECENT];
        private long fired;
        private Incident incident;

        private Meter(int cases) {
            this.total = (long) maxFirings * cases;
            this.start = ticker.getAsLong();
        }

        /**
         * Accepts a match unless the budget is spent, counting all firings together (the meter was made for so
         * many cases: that many times {@link #maxFirings()} in all).
         */
        @Override
        public boolean accept(Match match) {
            return accept(match, 0);
        }

        /**
         * Accepts a match unless the budget is spent.
         *
         * @param caseFirings how many times the case fired last has fired so far (for a batch, where each case
         *                    has a limit of its own; for one case, the firings so far)
         */
        public boolean accept(Match match, long caseFirings) {
            if (incident != null) {
                return false;
            }
            if (caseFirings >= maxFirings || fired >= total) {
                incident = stop(Incident.Kind.FIRINGS, match);
                return false;
            }
            if (ticker.getAsLong() - start > maxTime.toNanos()) {
                incident = stop(Incident.Kind.TIME, match);
                return false;
            }
            recent[(int) (fired % RECENT)] = match.getRule().getName();
            fired++;
            return true;
        }

        private Incident stop(Incident.Kind kind, Match match) {
            LinkedHashSet<String> rules = new LinkedHashSet<>();
            rules.add(match.getRule().getName());
            for (long i = fired - 1; i >= Math.max(0, fired - RECENT); i--) {
                rules.add(recent[(int) (i % RECENT)]);
            }
            return new Incident(kind, List.copyOf(rules), fired,
                    Duration.ofNanos(ticker.getAsLong() - start), FiringBudget.this);
        }

        /** How many matches it accepted. */
        public long fired() {
            return fired;
        }

        /** Why it stopped the firing, if it did. */
        public Optional<Incident> incident() {
            return Optional.ofNullable(incident);
        }

        /**
         * Ends a decision's firing.
         *
         * @throws Exceeded if the budget ran out
         */
        public void check() {
            if (incident != null) {
                throw new Exceeded(incident);
            }
        }
    }

    /**
     * A decision whose rules were stopped.
     *
     * @param kind    whether the firings or the time ran out
     * @param rules   the rules that fired last, the one that was refused first (the one that kept firing, or the
     *                rules that kept firing each other)
     * @param firings how many firings were accepted
     * @param elapsed how long the decision had fired
     * @param budget  the budget that ran out
     */
    public record Incident(Kind kind, List<String> rules, long firings, Duration elapsed, FiringBudget budget) {
        /** What ran out. */
        public enum Kind {
            /** A case fired its limit: a rule kept firing. */
            FIRINGS,
            /** The decision ran its time. */
            TIME
        }

        public Incident {
            Objects.requireNonNull(kind, "kind");
            rules = List.copyOf(rules);
            Objects.requireNonNull(elapsed, "elapsed");
            Objects.requireNonNull(budget, "budget");
        }

        /**
         * What happened, for a decision's reason: {@code 规则“反复派单”在一次决定中触发了 10000 次仍未停止（…），已被中止} /
         * {@code rule “…” fired 10000 times in one decision without coming to rest (…) and was stopped}.
         */
        public Bilingual text() {
            String zhRules = "“" + String.join("”“", rules) + "”";
            String enRules = "“" + String.join("”, “", rules) + "”";
            boolean one = rules.size() == 1;
            if (kind == Kind.FIRINGS) {
                return Bilingual.of(
                        "规则" + zhRules + (one ? "" : "相互") + "在一次决定中触发了 " + budget.maxFirings()
                                + " 次仍未停止（可能在动作中修改事实而不断重新触发，缺少 no-loop），已被中止",
                        (one ? "rule " : "rules ") + enRules + (one ? "" : " kept firing each other and")
                                + " fired " + budget.maxFirings() + " times in one decision without coming to rest "
                                + "(an action that modifies a fact may make its rule fire again; no-loop prevents "
                                + "it) and " + (one ? "was" : "were") + " stopped");
            }
            return Bilingual.of(
                    "本次决定的规则运行超过 " + budget.maxTime().toMillis() + " 毫秒（最后触发的规则" + zhRules + "），已被中止",
                    "the rules of this decision ran longer than " + budget.maxTime().toMillis()
                            + " ms (the last to fire: " + enRules + ") and were stopped");
        }

        /** The stopped rule as a loser of the decision, so that the explanation lists it with why. */
        public Candidate asCandidate() {
            Bilingual t = text();
            return new Candidate(rules.get(0), 0, Optional.empty(), Bilingual.of(t.zh() + "，其提议不予采用",
                    t.en() + "; its proposals are set aside"));
        }
    }

    /**
     * Thrown by a firing whose budget ran out; the policies catch it and decide without the rules. Not a
     * programming error of the caller: a pack's rules did it.
     */
    public static final class Exceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Incident incident;

        public Exceeded(Incident incident) {
            super(incident.text().en(), null, false, false); // no stack trace: it is a value on its way up
            this.incident = incident;
        }

        /** What happened. */
        public Incident incident() {
            return incident;
        }
    }
}
