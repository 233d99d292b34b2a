package org.gridgov.rules.scenario;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gridgov.deliberation.Choice;
import org.gridgov.deliberation.ItemStatus;
import org.gridgov.deliberation.Review;
import org.gridgov.deliberation.SupportChannel;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.Rating;

/**
 * A deliberation scenario, read and checked: items and a body's meetings on the simulated clock — propose, table,
 * call a meeting, open it with attendance, vote, decide with tasks, finish the tasks, report back, rate and review —
 * with expectations on items, tallies, tasks and a body's score. A scenario file with {@code items:} instead of
 * {@code cases:} is one of these ({@link DeliberationScenarioReader}).
 *
 * @param file  the file's name
 * @param name  what it shows
 * @param start the instant offsets count from
 * @param items the items, in file order
 * @param steps the steps, their instants never decreasing
 */
public record DeliberationScenario(String file, Bilingual name, Instant start, List<ItemSpec> items,
                                   List<Step> steps) implements ScenarioFile {
    public DeliberationScenario {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(start, "start");
        items = List.copyOf(items);
        steps = List.copyOf(steps);
    }

    @Override
    public ScenarioResult run(org.gridgov.CityEngine engine) {
        return DeliberationScenarioRunner.run(this, engine);
    }

    /**
     * An item as declared.
     *
     * @param location a node id, division code or node name
     * @param parties  organizations the matter touches, by id or name
     */
    public record ItemSpec(String id, String title, String text, String category, String location, String proposer,
                           List<String> parties, int households) {
        public ItemSpec {
            parties = List.copyOf(parties);
        }
    }

    /** A task of a resolution, as declared. */
    public record TaskLine(String text, String category, String location) {
    }

    /** What a step does; English keys and Chinese aliases. */
    public enum Action implements StepAction {
        PROPOSE("propose", "提出", "一提"),
        SUPPORT("support", "附议"),
        TABLE("table", "列入议程"),
        WITHDRAW("withdraw", "撤回"),
        CALL("call", "召集会议", "召集"),
        OPEN("open", "开会", "出席"),
        VOTE("vote", "表决"),
        DECIDE("decide", "决议", "二议"),
        CLOSE("close", "散会", "闭会"),
        CANCEL("cancel", "取消会议"),
        FINISH_TASKS("finish-tasks", "办结任务", "三办"),
        REPORT_BACK("report-back", "反馈"),
        RATE("rate", "评价"),
        REVIEW("review", "评议", "四评"),
        TICK("tick", "推进", "计时"),
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

        /** The action a file names, by English key (case-insensitive, {@code _} for {@code -}) or alias. */
        public static Optional<Action> parse(String text) {
            return StepAction.parse(values(), EXPECT, text);
        }
    }

    /**
     * One step.
     *
     * @param attendance seat key → persons who took it (a seat not named is absent)
     * @param represented seats taken by someone in the holder's place (委托出席)
     * @param votes      person → vote
     * @param ratings    resident → rating
     * @param when       for {@code call}, when the meeting meets
     * @param as         who issues it (as in case scenarios: {@code person:p2}, {@code resident:r1}, {@code
     *                   platform}, {@code role@node}); by default the body's convenor, the resident for support and
     *                   ratings, the platform for a proposal
     */
    public record Step(int index, int line, Instant at, Action action, Optional<String> item, Optional<String> body,
                       Optional<String> meeting, Optional<Instant> when, List<String> agenda,
                       Map<String, List<String>> attendance, java.util.Set<String> represented,
                       Map<String, Choice> votes, Optional<String> resolution,
                       List<TaskLine> tasks, Optional<String> text, Optional<String> resident,
                       Optional<SupportChannel> channel, Map<String, Rating> ratings, Optional<Review> review,
                       Optional<String> as, boolean expectRefused, Optional<Expectation> expect) {
        public Step {
            agenda = List.copyOf(agenda);
            attendance = Map.copyOf(attendance);
            represented = java.util.Set.copyOf(represented);
            votes = Map.copyOf(votes);
            tasks = List.copyOf(tasks);
            ratings = Map.copyOf(ratings);
        }
    }

    /**
     * What an item or a body should look like at a step; only what is named is compared.
     *
     * @param taskOwners the owners of the item's tasks in task order: node id or name, or organization id or name
     * @param score      a body's score from the scenario's start to the step's instant, to within 0.01
     */
    public record Expectation(Optional<String> item, Optional<ItemStatus> status, Optional<Boolean> carried,
                              Optional<Boolean> quorate, Optional<Integer> tasks, Optional<List<String>> taskOwners,
                              Optional<Integer> supporters, Optional<Integer> warnings, Optional<Boolean> supervised,
                              Optional<String> reasonContains, Optional<String> body, Optional<Double> score) {
    }
}
