package org.gridgov.rules.scenario;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gridgov.deliberation.Choice;
import org.gridgov.deliberation.ItemStatus;
import org.gridgov.deliberation.Review;
import org.gridgov.deliberation.SupportChannel;
import org.gridgov.document.DocumentException;
import org.gridgov.document.DocumentReader;
import org.gridgov.i18n.Bilingual;
import org.gridgov.rules.scenario.DeliberationScenario.Action;
import org.gridgov.rules.scenario.DeliberationScenario.Expectation;
import org.gridgov.rules.scenario.DeliberationScenario.ItemSpec;
import org.gridgov.rules.scenario.DeliberationScenario.Step;
import org.gridgov.rules.scenario.DeliberationScenario.TaskLine;

/**
 * Reads a deliberation scenario strictly: an unknown key, action, seat list, vote, rating or status, a step on an
 * undeclared item, an instant out of order are each reported with file, line and field path.
 *
 * <pre>
 * name: {zh: 五方共议：小区停车难, en: five-party council on parking}
 * start: 2024-06-03T09:00:00+08:00
 * items:
 *   - {id: 停车, title: 小区停车难, text: 夜间乱停车, category: property.parking, location: 东厂宅社区,
 *      parties: [安居物业, 东厂宅小区业委会], households: 120}
 * steps:
 *   - {at: +0m, do: propose, item: 停车}
 *   - {at: +1d, do: table, item: 停车, body: dc-five-party}
 *   - {at: +2d, do: call, meeting: M1, body: dc-five-party, when: +11d, agenda: [停车]}
 *   - {at: +11d, do: open, meeting: M1, attendance: {residents-committee: [p7], police: [p11]}}
 *   - {at: +11d, do: vote, meeting: M1, item: 停车, votes: {p7: for, p11: against}}
 *   - {at: +11d, do: decide, meeting: M1, item: 停车, resolution: 划线, tasks: [{text: 施划车位, category: property.parking, location: 东厂宅社区}]}
 *   - at: +11d
 *     expect: {item: 停车, status: in-hand, carried: true, tasks: 1}
 * </pre>
 */
public final class DeliberationScenarioReader {
    private static final DocumentReader READER = FileReading.READER;

    private DeliberationScenarioReader() {
    }

    record NameDto(@JsonAlias("中文") String zh, @JsonAlias("英文") String en) {
    }

    record ItemDto(@JsonAlias("编号") String id, @JsonAlias("议题") String title, @JsonAlias("内容") String text,
            @JsonAlias("类别") String category, @JsonAlias("地点") String location, @JsonAlias("提出方") String proposer,
            @JsonAlias("涉及单位") List<String> parties, @JsonAlias("涉及户数") Integer households) {
    }

    record TaskDto(@JsonAlias("内容") String text, @JsonAlias("类别") String category, @JsonAlias("地点") String location) {
    }

    record ExpectDto(@JsonAlias("议题") String item, @JsonAlias("状态") String status, @JsonAlias("通过") Boolean carried,
            @JsonAlias("达到法定人数") Boolean quorate, @JsonAlias("任务数") Integer tasks,
            @JsonAlias("任务承办方") List<String> taskOwners, @JsonAlias("附议人数") Integer supporters,
            @JsonAlias("提醒次数") Integer warnings, @JsonAlias("已督办") Boolean supervised,
            @JsonAlias("理由包含") String reasonContains, @JsonAlias("议事机构") String body,
            @JsonAlias("得分") Double score, @JsonAlias("结果") String outcome) {

        /** {@code expect: refused} on an action step. */
        @com.fasterxml.jackson.annotation.JsonCreator(mode = com.fasterxml.jackson.annotation.JsonCreator.Mode.DELEGATING)
        static ExpectDto ofOutcome(String outcome) {
            return new ExpectDto(null, null, null, null, null, null, null, null, null, null, null, null, outcome);
        }
    }

    record StepDto(@JsonAlias("时间") String at, @JsonProperty("do") @JsonAlias("动作") String action,
            @JsonAlias("议题") String item, @JsonAlias("议事机构") String body, @JsonAlias("会议") String meeting,
            @JsonAlias("开会时间") String when, @JsonAlias("议程") List<String> agenda,
            @JsonAlias("出席") Map<String, JsonNode> attendance, @JsonAlias("表决") Map<String, String> votes,
            @JsonAlias("决议") String resolution, @JsonAlias("任务") List<TaskDto> tasks,
            @JsonAlias("说明") String text, @JsonAlias("居民") String resident, @JsonAlias("方式") String channel,
            @JsonAlias("评价") Map<String, String> ratings, @JsonAlias("评议结论") String review,
            @JsonProperty("as") @JsonAlias("身份") String as, @JsonAlias("预期") ExpectDto expect) {
    }

    record ScenarioDto(@JsonAlias("名称") NameDto name, @JsonAlias("开始") String start,
            @JsonAlias("议题") List<ItemDto> items, @JsonAlias("步骤") List<StepDto> steps) {
    }

    private static final Map<String, Set<String>> ALIASES = Aliases.of(List.of(NameDto.class, ItemDto.class,
            TaskDto.class, ExpectDto.class, StepDto.class, ScenarioDto.class));

    /** Whether a scenario file's text declares items ({@code items:} / {@code 议题:} at the top), not cases. */
    public static boolean declaresItems(String file, String text) {
        return FileReading.hasTopLevel(file, text, "items", "议题");
    }

    /**
     * Reads one deliberation scenario.
     *
     * @throws DocumentException with every located problem found
     */
    public static DeliberationScenario read(String file, String text) throws DocumentException {
        return new Reading(file, text).scenario(READER.read(file, text, ScenarioDto.class));
    }

    private static final class Reading extends FileReading {
        private final Set<String> items = new HashSet<>();
        private Instant start;

        Reading(String file, String text) {
            super(file, text, ALIASES);
        }

        DeliberationScenario scenario(ScenarioDto dto) throws DocumentException {
            Bilingual name = dto.name() == null ? name(null, null) : name(dto.name().zh(), dto.name().en());
            start = start(dto.start());
            List<ItemSpec> specs = items(dto.items() == null ? List.of() : dto.items());
            List<Step> steps = steps(dto.steps() == null ? List.of() : dto.steps());
            if (!problems.isEmpty()) {
                throw new DocumentException(problems);
            }
            return new DeliberationScenario(file, name, start, specs, steps);
        }

        private List<ItemSpec> items(List<ItemDto> dtos) {
            if (dtos.isEmpty()) {
                problem("items", "缺少议题 (items)", "no items: 'items' needs at least one");
            }
            List<ItemSpec> out = new ArrayList<>();
            for (int i = 0; i < dtos.size(); i++) {
                String path = "items[" + i + "]";
                ItemDto d = dtos.get(i);
                if (d == null || !(required(d.id(), path + ".id") & required(d.title(), path + ".title")
                        & required(d.category(), path + ".category") & required(d.location(), path + ".location"))) {
                    continue;
                }
                if (!items.add(d.id())) {
                    problem(path + ".id", "议题编号 '" + d.id() + "' 重复", "item id '" + d.id() + "' is declared twice");
                }
                if (d.households() != null && d.households() < 0) {
                    problem(path + ".households", "户数不能为负", "households cannot be negative");
                }
                out.add(new ItemSpec(d.id(), d.title(), blank(d.text()) ? d.title() : d.text(), d.category(),
                        d.location(), blank(d.proposer()) ? "resident" : d.proposer(),
                        d.parties() == null ? List.of() : d.parties(), d.households() == null ? 0 : d.households()));
            }
            return out;
        }

        private List<Step> steps(List<StepDto> dtos) {
            List<Step> out = new ArrayList<>();
            Instant previous = start;
            for (int i = 0; i < dtos.size(); i++) {
                String path = "steps[" + i + "]";
                StepDto s = dtos.get(i);
                if (s == null) {
                    problem(path, "空的步骤", "empty step");
                    continue;
                }
                Instant at = previous;
                if (!blank(s.at()) && start != null) {
                    Optional<Instant> parsed = ScenarioReader.instant(s.at().trim(), start);
                    if (parsed.isEmpty()) {
                        problem(path + ".at", "时间 '" + s.at() + "' 无效 (+30m, +2h, +7d 或带时区的时间)",
                                "'at' value '" + s.at() + "' is not valid (+30m, +2h, +7d or an instant with an offset)");
                    } else if (previous != null && parsed.get().isBefore(previous)) {
                        problem(path + ".at", "步骤时间早于前一步骤", "step time is before the previous step's");
                    } else {
                        at = parsed.get();
                    }
                }
                previous = at;
                if (at != null) {
                    step(i, path, s, at).ifPresent(out::add);
                }
            }
            return out;
        }

        private Optional<Step> step(int i, String path, StepDto s, Instant at) {
            Optional<Action> action = action(path, s);
            if (action.isEmpty()) {
                return Optional.empty();
            }
            Action a = action.get();
            if (s.item() != null && !items.contains(s.item())) {
                problem(path + ".item", "未声明的议题 '" + s.item() + "'", "item '" + s.item() + "' is not declared");
            }
            for (int k = 0; s.agenda() != null && k < s.agenda().size(); k++) {
                if (!items.contains(s.agenda().get(k))) {
                    problem(path + ".agenda[" + k + "]", "未声明的议题 '" + s.agenda().get(k) + "'",
                            "item '" + s.agenda().get(k) + "' is not declared");
                }
            }
            needs(path, a, s);
            Optional<Expectation> expect = a == Action.EXPECT ? expectation(path, s.expect()) : Optional.empty();
            boolean refused = a != Action.EXPECT && s.expect() != null && refused(path, s.expect().outcome());
            Optional<Instant> when = Optional.empty();
            if (s.when() != null) {
                when = ScenarioReader.instant(s.when().trim(), start);
                if (when.isEmpty()) {
                    problem(path + ".when", "开会时间 '" + s.when() + "' 无效", "'when' value '" + s.when() + "' is not valid");
                }
            }
            return Optional.of(new Step(i, map().locate(path)[0], at, a, Optional.ofNullable(s.item()),
                    Optional.ofNullable(s.body()), Optional.ofNullable(s.meeting()), when,
                    s.agenda() == null ? List.of() : s.agenda(), attendance(path, s.attendance()),
                    represented(s.attendance()),
                    parsed(path + ".votes", s.votes(), Choice::parse, "for, against, abstain (赞成/反对/弃权)"),
                    Optional.ofNullable(s.resolution()), tasks(path, s.tasks()), Optional.ofNullable(s.text()),
                    Optional.ofNullable(s.resident()), channel(path, s.channel()),
                    parsed(path + ".ratings", s.ratings(), ScenarioReader::rating,
                            "satisfied, basically-satisfied, unsatisfied (满意/基本满意/不满意)"),
                    review(path, s.review()), Optional.ofNullable(s.as()), refused, expect));
        }

        private Optional<Action> action(String path, StepDto s) {
            if (s.expect() != null && s.action() == null) {
                return Optional.of(Action.EXPECT);
            }
            if (blank(s.action())) {
                problem(path, "步骤缺少 do 或 expect", "a step needs 'do' or 'expect'");
                return Optional.empty();
            }
            Optional<Action> a = Action.parse(s.action());
            if (a.isEmpty()) {
                String known = Arrays.stream(Action.values()).filter(x -> x != Action.EXPECT)
                        .map(x -> x.key() + " (" + String.join("/", x.aliases()) + ")").collect(Collectors.joining(", "));
                problem(path + ".do", "未知动作 '" + s.action() + "', 可用动作: " + known,
                        "unknown action '" + s.action() + "'; expected one of: " + known);
            }
            return a;
        }

        /** The fields each action cannot do without. */
        private void needs(String path, Action a, StepDto s) {
            boolean item = List.of(Action.PROPOSE, Action.SUPPORT, Action.TABLE, Action.WITHDRAW, Action.VOTE,
                    Action.DECIDE, Action.FINISH_TASKS, Action.REPORT_BACK, Action.RATE, Action.REVIEW).contains(a);
            boolean meeting = List.of(Action.CALL, Action.OPEN, Action.VOTE, Action.DECIDE, Action.CLOSE,
                    Action.CANCEL, Action.REPORT_BACK).contains(a);
            if (item && blank(s.item())) {
                problem(path, "动作 " + a.key() + " 需要 item", "action '" + a.key() + "' needs an 'item'");
            }
            if (meeting && blank(s.meeting())) {
                problem(path, "动作 " + a.key() + " 需要 meeting", "action '" + a.key() + "' needs a 'meeting'");
            }
            if ((a == Action.TABLE || a == Action.CALL) && blank(s.body())) {
                problem(path, "动作 " + a.key() + " 需要 body", "action '" + a.key() + "' needs a 'body'");
            }
            if (a == Action.CALL && blank(s.when())) {
                problem(path, "召集会议需要 when (开会时间)", "'call' needs a 'when'");
            }
            if (a == Action.SUPPORT && blank(s.resident())) {
                problem(path, "附议需要 resident", "'support' needs a 'resident'");
            }
            if (a == Action.VOTE && (s.votes() == null || s.votes().isEmpty())) {
                problem(path, "表决需要 votes", "'vote' needs 'votes'");
            }
            if (a == Action.DECIDE && blank(s.resolution())) {
                problem(path, "决议需要 resolution", "'decide' needs a 'resolution'");
            }
            if (a == Action.RATE && (s.ratings() == null || s.ratings().isEmpty())) {
                problem(path, "评价需要 ratings", "'rate' needs 'ratings'");
            }
            if (a == Action.REVIEW && blank(s.review())) {
                problem(path, "评议需要 review", "'review' needs a 'review'");
            }
        }

        private Map<String, List<String>> attendance(String path, Map<String, JsonNode> given) {
            Map<String, List<String>> out = new LinkedHashMap<>();
            if (given == null) {
                return out;
            }
            given.forEach((seat, who) -> {
                List<String> persons = new ArrayList<>();
                if (who != null && who.isTextual()) {
                    persons.add(who.asText());
                } else if (who != null && who.isArray()) {
                    who.forEach(w -> persons.add(w.asText()));
                } else if (who != null && who.isObject() && representative(who).isPresent()) {
                    persons.add(representative(who).get());
                } else {
                    problem(path + ".attendance." + seat, "出席应为一个人、人的列表或 {represented: 代表}",
                            "a seat's attendance is a person, a list of persons or {represented: person}");
                }
                out.put(seat, persons);
            });
            return out;
        }

        /** The seats whose attendance names a representative ({@code {represented: p}}, {@code {委托: p}}). */
        private Set<String> represented(Map<String, JsonNode> given) {
            Set<String> out = new HashSet<>();
            if (given != null) {
                given.forEach((seat, who) -> {
                    if (who != null && who.isObject() && representative(who).isPresent()) {
                        out.add(seat);
                    }
                });
            }
            return out;
        }

        private static Optional<String> representative(JsonNode who) {
            JsonNode r = who.has("represented") ? who.get("represented") : who.get("委托");
            return r != null && r.isTextual() ? Optional.of(r.asText()) : Optional.empty();
        }

        private <T> Map<String, T> parsed(String path, Map<String, String> given, Function<String, Optional<T>> parse,
                                          String allowed) {
            Map<String, T> out = new LinkedHashMap<>();
            if (given == null) {
                return out;
            }
            given.forEach((k, v) -> {
                Optional<T> t = v == null ? Optional.empty() : parse.apply(v);
                if (t.isEmpty()) {
                    problem(path + "." + k, "'" + v + "' 无效, 应为 " + allowed, "'" + v + "' is not one of " + allowed);
                } else {
                    out.put(k, t.get());
                }
            });
            return out;
        }

        private List<TaskLine> tasks(String path, List<TaskDto> given) {
            List<TaskLine> out = new ArrayList<>();
            for (int k = 0; given != null && k < given.size(); k++) {
                TaskDto t = given.get(k);
                String at = path + ".tasks[" + k + "]";
                if (t != null && required(t.text(), at + ".text") & required(t.category(), at + ".category")
                        & required(t.location(), at + ".location")) {
                    out.add(new TaskLine(t.text(), t.category(), t.location()));
                }
            }
            return out;
        }

        private Optional<SupportChannel> channel(String path, String text) {
            if (text == null) {
                return Optional.empty();
            }
            Optional<SupportChannel> c = Arrays.stream(SupportChannel.values()).filter(v -> matches(v, text)
                    || v.displayName().zh().equals(text.trim())).findFirst();
            if (c.isEmpty()) {
                problem(path + ".channel", "方式须为 online 或 offline (线上/线下)", "'channel' is online or offline");
            }
            return c;
        }

        private Optional<Review> review(String path, String text) {
            if (text == null) {
                return Optional.empty();
            }
            Optional<Review> r = Arrays.stream(Review.values()).filter(v -> matches(v, text)
                    || v.displayName().zh().equals(text.trim())).findFirst();
            if (r.isEmpty()) {
                problem(path + ".review", "评议结论须为 achieved, partly, not-achieved (达到预期/基本达到/未达到)",
                        "'review' is achieved, partly or not-achieved");
            }
            return r;
        }

        private Optional<Expectation> expectation(String path, ExpectDto e) {
            if (blank(e.item()) && blank(e.body())) {
                problem(path + ".expect", "预期须写 item (议题) 或 body (议事机构)", "an expectation names an 'item' or a 'body'");
                return Optional.empty();
            }
            if (!blank(e.body()) && e.score() == null) {
                problem(path + ".expect", "议事机构的预期须写 score", "an expectation on a body names its 'score'");
            }
            Optional<ItemStatus> status = Optional.empty();
            if (e.status() != null) {
                status = Arrays.stream(ItemStatus.values()).filter(v -> matches(v, e.status())
                        || v.displayName().zh().equals(e.status().trim())).findFirst();
                if (status.isEmpty()) {
                    problem(path + ".expect.status", "状态 '" + e.status() + "' 无效, 应为 " + names(ItemStatus.values()),
                            "status '" + e.status() + "' is not one of " + names(ItemStatus.values()));
                }
            }
            if (!blank(e.item()) && !items.contains(e.item())) {
                problem(path + ".expect.item", "未声明的议题 '" + e.item() + "'", "item '" + e.item() + "' is not declared");
            }
            return Optional.of(new Expectation(Optional.ofNullable(e.item()), status, Optional.ofNullable(e.carried()),
                    Optional.ofNullable(e.quorate()), Optional.ofNullable(e.tasks()),
                    Optional.ofNullable(e.taskOwners()), Optional.ofNullable(e.supporters()),
                    Optional.ofNullable(e.warnings()), Optional.ofNullable(e.supervised()),
                    Optional.ofNullable(e.reasonContains()), Optional.ofNullable(e.body()),
                    Optional.ofNullable(e.score())));
        }

        private boolean required(String value, String path) {
            if (blank(value)) {
                String field = path.substring(path.lastIndexOf('.') + 1);
                problem(path, "缺少必填字段 " + field, "missing required field '" + field + "'");
                return false;
            }
            return true;
        }
    }

    private static boolean blank(String s) {
        return ScenarioReader.blank(s);
    }

    private static boolean matches(Enum<?> v, String text) {
        return ScenarioReader.matches(v, text);
    }

    private static String names(Enum<?>[] values) {
        return ScenarioReader.names(values);
    }
}
