package org.gridgov.rules.scenario;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gridgov.document.DocumentException;
import org.gridgov.document.DocumentProblem;
import org.gridgov.document.DocumentReader;
import org.gridgov.document.Format;
import org.gridgov.document.SourceMap;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.Closure;
import org.gridgov.issue.IssueStatus;
import org.gridgov.issue.Rating;
import org.gridgov.issue.Severity;
import org.gridgov.rules.scenario.Scenario.Action;
import org.gridgov.rules.scenario.Scenario.CaseSpec;
import org.gridgov.rules.scenario.Scenario.Expectation;
import org.gridgov.rules.scenario.Scenario.Step;

/**
 * Reads a scenario file strictly: an unknown key, an unknown action, an instant that does not parse, a step
 * on an undeclared case, an expectation without a case… are each reported with file, line and field path.
 *
 * <pre>
 * name: {zh: 噪音投诉超时上报, en: a noise complaint goes up when overdue}
 * start: 2024-05-07T10:00:00+08:00
 * cases:
 *   - {id: a, category: environment.noise, location: B1, channel: grid-patrol, severity: low}
 *   - {id: b, category: environment.noise, location: B1, at: +2d}   # reported later than the start
 * steps:
 *   - {at: +0m, do: accept, case: a}
 *   - {at: +7d, do: tick}
 *   - at: +7d
 *     expect: {case: a, owner: M1, level: 1, escalated: true}
 * </pre>
 */
public final class ScenarioReader {
    private static final DocumentReader READER = DocumentReader.strict();
    private static final Pattern OFFSET = Pattern.compile("\\+\\s*(?:(\\d+)\\s*d)?\\s*(?:(\\d+)\\s*h)?\\s*(?:(\\d+)\\s*m)?");
    private static final String DEFAULT_CHANNEL = "hotline-12345";

    private ScenarioReader() {
    }

    // Every key has a Chinese alias (@JsonAlias), so that policy staff can write a scenario entirely in Chinese.

    record NameDto(@JsonAlias("中文") String zh, @JsonAlias("英文") String en) {
    }

    record CaseDto(@JsonAlias("编号") String id, @JsonAlias("类别") String category,
            @JsonAlias("地点") String location, @JsonAlias("渠道") String channel,
            @JsonAlias("紧急程度") Severity severity, @JsonAlias("描述") String description,
            @JsonAlias("时间") String at) {
    }

    record ExpectDto(@JsonProperty("case") @JsonAlias("案件") String caseId, @JsonAlias("承办方") String owner,
            @JsonAlias("层级") Integer level, @JsonAlias("环节") String stage, @JsonAlias("已上报") Boolean escalated,
            @JsonAlias("已预警") Boolean warned, @JsonAlias("已召集") List<String> summoned,
            @JsonAlias("协办方") List<String> coHandlers, @JsonAlias("报到超时") List<String> missedReportIn, @JsonAlias("理由包含") String reasonContains,
            @JsonAlias("状态") String status, @JsonAlias("轮次") Integer round, @JsonAlias("考核单位") String unit,
            @JsonAlias("得分") Double score, @JsonAlias("排名") Integer rank, @JsonAlias("到期") JsonNode due,
            @JsonAlias("已督办") Boolean supervised, @JsonAlias("督办层级") String supervisionLevel,
            @JsonAlias("考核期") String period, @JsonAlias("结果") String outcome) {

        /** {@code expect: refused} on an action step: what the action itself should come to. */
        @com.fasterxml.jackson.annotation.JsonCreator(mode = com.fasterxml.jackson.annotation.JsonCreator.Mode.DELEGATING)
        static ExpectDto ofOutcome(String outcome) {
            return new ExpectDto(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, outcome);
        }

        /** Whether only an outcome is named, as an action step's expectation is. */
        boolean outcomeOnly() {
            return outcome != null && caseId == null && owner == null && level == null && stage == null
                    && escalated == null && warned == null && summoned == null && coHandlers == null
                    && missedReportIn == null && reasonContains == null && status == null && round == null
                    && unit == null && score == null && rank == null && due == null && supervised == null
                    && supervisionLevel == null && period == null;
        }
    }

    record StepDto(@JsonAlias("时间") String at, @JsonProperty("do") @JsonAlias("动作") String action,
            @JsonProperty("case") @JsonAlias("案件") String caseId, @JsonAlias("节点") String node,
            @JsonAlias("单位") String organization, @JsonAlias("多个单位") List<String> organizations,
            @JsonAlias("理由") String reason, @JsonAlias("办理结果") String summary, @JsonAlias("评语") String comment,
            @JsonAlias("内容") String text, @JsonAlias("评价") String rating, @JsonAlias("时限") String limit,
            @JsonAlias("结案方式") String closure, @JsonAlias("预期") ExpectDto expect,
            @JsonProperty("as") @JsonAlias("身份") String as) {
    }

    record ScenarioDto(@JsonAlias("名称") NameDto name, @JsonAlias("开始") String start,
            @JsonAlias("案件") List<CaseDto> cases, @JsonAlias("步骤") List<StepDto> steps) {
    }

    /**
     * The deadlines an expectation names: one instant for the {@code resolve} deadline, or a map of kinds to
     * instants. Instants are local times of the city ({@code 2025-10-11T16:00}) or carry an offset.
     */
    private static Map<String, Scenario.When> due(JsonNode node, String path, Problems p) {
        Map<String, Scenario.When> out = new java.util.LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (node.isValueNode()) {
            when(node.asText(), path, p).ifPresent(w -> out.put("resolve", w));
        } else if (node.isObject()) {
            node.fields().forEachRemaining(f -> when(f.getValue().asText(), path + "." + f.getKey(), p)
                    .ifPresent(w -> out.put(f.getKey(), w)));
        } else {
            p.add(path, "到期应为时间 (办理时限) 或 {时限种类: 时间}", "'due' is an instant (the resolve deadline) or a "
                    + "map of deadline kinds to instants");
        }
        return out;
    }

    private static Optional<Scenario.When> when(String text, String path, Problems p) {
        String t = text.strip().replace(' ', 'T');
        try {
            OffsetDateTime withOffset = OffsetDateTime.parse(t);
            return Optional.of(new Scenario.When(withOffset.toLocalDateTime(), Optional.of(withOffset.getOffset())));
        } catch (DateTimeException notWithOffset) {
            try {
                return Optional.of(new Scenario.When(java.time.LocalDateTime.parse(t), Optional.empty()));
            } catch (DateTimeException e) {
                p.add(path, "无法识别时间 '" + text + "', 应写作 2025-10-11T16:00",
                        "cannot read the instant '" + text + "'; write e.g. 2025-10-11T16:00");
                return Optional.empty();
            }
        }
    }

    /** A calendar month, {@code 2023-06}. */
    private static Optional<java.time.YearMonth> period(String text, String path, Problems p) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(java.time.YearMonth.parse(text.strip()));
        } catch (DateTimeException e) {
            p.add(path, "无法识别考核期 '" + text + "', 应写作 2023-06", "cannot read the period '" + text
                    + "'; write a calendar month, e.g. 2023-06");
            return Optional.empty();
        }
    }

    /** Each Chinese key and the English keys it stands for, read off the DTOs so the two never drift apart. */
    private static final Map<String, Set<String>> ALIASES = Aliases.of(List.of(NameDto.class, CaseDto.class,
            ExpectDto.class, StepDto.class, ScenarioDto.class));

    /**
     * Reads one scenario.
     *
     * @param file the file's name, used in problems and to tell the format ({@code .yaml} or {@code .json})
     * @param text the file's content
     * @throws DocumentException with every located problem found
     */
    public static Scenario read(String file, String text) throws DocumentException {
        return new Reading(file, text).scenario(READER.read(file, text, ScenarioDto.class));
    }

    /** One file being read: its problems, its declared case ids, its start. Methods return empty when they
     * reported why the part is left out. */
    private static final class Reading {
        private final String file;
        private final String text;
        private final List<DocumentProblem> problems = new ArrayList<>();
        private final Set<String> ids = new HashSet<>();
        private final Problems p;
        private SourceMap map;
        private Instant start;

        Reading(String file, String text) {
            this.file = file;
            this.text = text;
            this.p = (path, zh, en) -> problems.add(map().problem(file, path, Bilingual.of(zh, en)));
        }

        private SourceMap map() {
            if (map == null) {
                map = SourceMap.of(READER.mapper(Format.of(file)), text.startsWith("\uFEFF") ? text.substring(1) : text)
                        .withAliases(ALIASES);
            }
            return map;
        }

        Scenario scenario(ScenarioDto dto) throws DocumentException {
            Bilingual name = name(dto.name());
            start = start(dto.start());
            List<CaseSpec> cases = cases(dto.cases() == null ? List.of() : dto.cases());
            List<Step> steps = steps(dto.steps() == null ? List.of() : dto.steps());
            if (!problems.isEmpty()) {
                throw new DocumentException(problems);
            }
            return new Scenario(file, name, start, located(cases), locatedSteps(steps));
        }

        private Bilingual name(NameDto dto) {
            if (dto == null || blank(dto.zh()) && blank(dto.en())) {
                p.add("name", "缺少必填字段 name", "missing required field 'name'");
                return Bilingual.of("(未命名)", "(unnamed)");
            }
            return Bilingual.of(blank(dto.zh()) ? dto.en() : dto.zh(), blank(dto.en()) ? dto.zh() : dto.en());
        }

        private Instant start(String text) {
            if (blank(text)) {
                p.add("start", "缺少必填字段 start", "missing required field 'start'");
                return null;
            }
            try {
                return OffsetDateTime.parse(text.trim()).toInstant();
            } catch (DateTimeException e) {
                p.add("start", "时间 '" + text + "' 无效, 应为带时区的 ISO-8601 时间 (2024-05-07T10:00:00+08:00)",
                        "instant '" + text + "' is not valid; expected ISO-8601 with an offset "
                                + "(2024-05-07T10:00:00+08:00)");
                return null;
            }
        }

        private List<CaseSpec> cases(List<CaseDto> dtos) {
            if (dtos.isEmpty()) {
                p.add("cases", "缺少案件 (cases)", "no cases: 'cases' needs at least one");
            }
            List<CaseSpec> cases = new ArrayList<>();
            for (int i = 0; i < dtos.size(); i++) {
                caseSpec("cases[" + i + "]", dtos.get(i)).ifPresent(cases::add);
            }
            return cases;
        }

        private Optional<CaseSpec> caseSpec(String path, CaseDto c) {
            if (c == null) {
                p.add(path, "空的案件", "empty case");
                return Optional.empty();
            }
            boolean ok = required(p, c.id(), path + ".id") & required(p, c.category(), path + ".category")
                    & required(p, c.location(), path + ".location");
            if (ok && !ids.add(c.id())) {
                p.add(path + ".id", "案件编号 '" + c.id() + "' 重复", "case id '" + c.id() + "' is declared twice");
            }
            Optional<Instant> reportedAt = Optional.empty();
            if (!blank(c.at()) && start != null) {
                reportedAt = instantAt(path, c.at().trim());
                if (reportedAt.isEmpty()) {
                    ok = false;
                } else if (reportedAt.get().isBefore(start)) {
                    p.add(path + ".at", "案件的上报时间 " + c.at() + " 早于场景开始", "the case's 'at' " + c.at()
                            + " is before the scenario's start");
                    ok = false;
                }
            }
            if (!ok) {
                return Optional.empty();
            }
            return Optional.of(new CaseSpec(c.id(), c.category(), c.location(),
                    blank(c.channel()) ? DEFAULT_CHANNEL : c.channel(),
                    c.severity() == null ? Severity.LOW : c.severity(),
                    c.description() == null ? "场景案件 " + c.id() : c.description(), 0, reportedAt));
        }

        /** An offset from start or an instant; empty, with the problem reported, if it is neither. */
        private Optional<Instant> instantAt(String path, String atText) {
            Optional<Instant> parsed = instant(atText, start);
            if (parsed.isEmpty()) {
                p.add(path + ".at", "时间 '" + atText + "' 无效, 应为相对开始的偏移 (+30m, +2h, +7d, +1d2h, 至多 3660 天) 或带时区的 ISO-8601 时间",
                        "'at' value '" + atText + "' is not valid; expected an offset from start (+30m, +2h, +7d, "
                                + "+1d2h, at most 3660 days) or an ISO-8601 instant with an offset");
            }
            return parsed;
        }

        private List<Step> steps(List<StepDto> dtos) {
            List<Step> steps = new ArrayList<>();
            Instant previous = start;
            for (int i = 0; i < dtos.size(); i++) {
                StepDto s = dtos.get(i);
                String path = "steps[" + i + "]";
                if (s == null) {
                    p.add(path, "空的步骤", "empty step");
                    continue;
                }
                String atText = s.at() == null ? "" : s.at().trim();
                Instant at = stepInstant(path, atText, previous);
                if (at != null) {
                    previous = at;
                }
                step(i, path, s, at, atText).ifPresent(steps::add);
            }
            return steps;
        }

        /** The step's instant: its own if given and in order, else the previous step's. */
        private Instant stepInstant(String path, String atText, Instant previous) {
            if (atText.isEmpty() || start == null) {
                return previous;
            }
            Optional<Instant> parsed = instantAt(path, atText);
            if (parsed.isEmpty()) {
                return previous;
            }
            if (previous != null && parsed.get().isBefore(previous)) {
                p.add(path + ".at", "步骤时间 " + atText + " 早于前一步骤; 步骤须按时间顺序",
                        "step time " + atText + " is before the previous step's; steps must be in time order");
                return previous;
            }
            return parsed.get();
        }

        private Optional<Step> step(int i, String path, StepDto s, Instant at, String atText) {
            Optional<Action> parsed = action(path, s);
            if (parsed.isEmpty()) {
                return Optional.empty();
            }
            Action action = parsed.get();
            Optional<Expectation> expect = Optional.empty();
            String caseId = s.caseId();
            boolean refusal = action != Action.EXPECT && s.expect() != null && refusal(path, s.expect().outcome());
            if (action == Action.EXPECT) {
                Optional<Expected> e = expectation(path, s.expect());
                if (e.isEmpty()) {
                    return Optional.empty();
                }
                caseId = e.get().caseId();
                expect = Optional.of(e.get().expectation());
            } else if (!caseOfAction(path, action, caseId)) {
                return Optional.empty();
            }
            requiredFields(path, action, s);
            Optional<Rating> rating = action == Action.RATE ? rating(path, s) : Optional.empty();
            Optional<Closure> closure = action == Action.CLOSE ? closure(path, s) : Optional.empty();
            String words = s.reason() != null ? s.reason() : s.summary() != null ? s.summary()
                    : s.comment() != null ? s.comment() : s.text();
            if (at == null) {
                return Optional.empty(); // start itself is wrong, already reported
            }
            return Optional.of(new Step(i, 0, at, atText, action, Optional.ofNullable(caseId),
                    Optional.ofNullable(s.node()), Optional.ofNullable(s.organization()),
                    s.organizations() == null ? List.of() : s.organizations(), Optional.ofNullable(words), rating,
                    Optional.ofNullable(s.limit()), closure, expect, Optional.ofNullable(s.as()), refusal));
        }

        /** {@code refused} (拒绝) is the one outcome an action step can expect. */
        private boolean refusal(String path, String outcome) {
            if (List.of("refused", "拒绝").contains(outcome.strip())) {
                return true;
            }
            p.add(path + ".expect", "动作步骤只能预期 refused (拒绝), 而不是 '" + outcome + "'",
                    "an action step can only expect 'refused' (拒绝), not '" + outcome + "'");
            return false;
        }

        private Optional<Action> action(String path, StepDto s) {
            if (s.action() != null && s.expect() != null && !s.expect().outcomeOnly()) {
                p.add(path, "一个步骤不能同时有 do 和 expect (动作步骤只能写 expect: refused)",
                        "a step has either 'do' or 'expect', not both (an action step may only say expect: refused)");
                return Optional.empty();
            }
            if (s.expect() != null && s.action() == null) {
                return Optional.of(Action.EXPECT);
            }
            if (blank(s.action())) {
                p.add(path, "步骤缺少 do 或 expect", "a step needs 'do' or 'expect'");
                return Optional.empty();
            }
            Optional<Action> a = Action.parse(s.action());
            if (a.isEmpty()) {
                String known = Arrays.stream(Action.values()).filter(x -> x != Action.EXPECT)
                        .map(x -> x.key() + " (" + String.join("/", x.aliases()) + ")")
                        .collect(Collectors.joining(", "));
                p.add(path + ".do", "未知动作 '" + s.action() + "', 可用动作: " + known,
                        "unknown action '" + s.action() + "'; expected one of: " + known);
            }
            return a;
        }

        /** An expectation, and the case it checks (null for an evaluation expectation). */
        private record Expected(String caseId, Expectation expectation) {
        }

        private Optional<Expected> expectation(String path, ExpectDto e) {
            String caseId = e.caseId();
            if (!blank(e.unit())) {
                return unitExpectation(path, e).map(x -> new Expected(null, x));
            }
            if (blank(caseId)) {
                p.add(path + ".expect", "预期缺少 case (要检查哪个案件) 或 unit (要检查哪个单位的考核)",
                        "the expectation names no 'case' (or 'unit') to check");
                return Optional.empty();
            }
            if (!ids.contains(caseId)) {
                p.add(path + ".expect.case", "未声明的案件 '" + caseId + "'", "case '" + caseId + "' is not declared");
                return Optional.empty();
            }
            return Optional.of(new Expected(caseId, caseExpectation(path, caseId, e)));
        }

        private Optional<Expectation> unitExpectation(String path, ExpectDto e) {
            boolean caseFields = e.owner() != null || e.level() != null || e.stage() != null
                    || e.escalated() != null || e.warned() != null || e.summoned() != null
                    || e.coHandlers() != null || e.missedReportIn() != null || e.reasonContains() != null
                    || e.status() != null || e.round() != null
                    || e.due() != null || e.supervised() != null || e.supervisionLevel() != null;
            if (!blank(e.caseId()) || caseFields || (e.score() == null && e.rank() == null)) {
                p.add(path + ".expect", "考核预期只写 unit 与 score 或 rank, 不写案件的项",
                        "an evaluation expectation names a 'unit' and a 'score' or 'rank', nothing of a case");
                return Optional.empty();
            }
            return Optional.of(new Expectation("", Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(e.unit()),
                    Optional.ofNullable(e.score()), Optional.ofNullable(e.rank()), Map.of(), Optional.empty(),
                    Optional.empty(), period(e.period(), path + ".expect.period", p)));
        }

        private Expectation caseExpectation(String path, String caseId, ExpectDto e) {
            Optional<IssueStatus> status = Optional.empty();
            if (e.status() != null) {
                status = status(e.status());
                if (status.isEmpty()) {
                    p.add(path + ".expect.status", "状态 '" + e.status() + "' 无效, 应为 "
                            + names(IssueStatus.values()), "status '" + e.status() + "' is not one of "
                            + names(IssueStatus.values()));
                }
            }
            Expectation expectation = new Expectation(caseId, Optional.ofNullable(e.owner()),
                    Optional.ofNullable(e.level()), Optional.ofNullable(e.stage()),
                    Optional.ofNullable(e.escalated()), Optional.ofNullable(e.warned()),
                    Optional.ofNullable(e.summoned()), Optional.ofNullable(e.coHandlers()),
                    Optional.ofNullable(e.missedReportIn()),
                    Optional.ofNullable(e.reasonContains()), status, Optional.ofNullable(e.round()),
                    Optional.empty(), Optional.empty(), Optional.empty(),
                    due(e.due(), path + ".expect.due", p), Optional.ofNullable(e.supervised()),
                    Optional.ofNullable(e.supervisionLevel()), Optional.empty());
            if (e.period() != null) {
                p.add(path + ".expect.period", "考核期只用于考核预期 (unit)",
                        "a 'period' belongs to an evaluation expectation (with 'unit')");
            }
            return expectation;
        }

        /** False (reported) if an action on a case names none or an undeclared one; a case on another is noted. */
        private boolean caseOfAction(String path, Action action, String caseId) {
            if (action.onCase()) {
                if (blank(caseId)) {
                    p.add(path, "动作 " + action.key() + " 需要 case", "action '" + action.key() + "' needs a 'case'");
                    return false;
                }
                if (!ids.contains(caseId)) {
                    p.add(path + ".case", "未声明的案件 '" + caseId + "'", "case '" + caseId + "' is not declared");
                    return false;
                }
            } else if (caseId != null) {
                p.add(path + ".case", "动作 " + action.key() + " 不针对案件", "action '" + action.key() + "' takes no 'case'");
            }
            return true;
        }

        private void requiredFields(String path, Action action, StepDto s) {
            if ((action == Action.EMERGENCY || action == Action.NORMAL) && blank(s.node())) {
                p.add(path, "动作 " + action.key() + " 需要 node", "action '" + action.key() + "' needs a 'node'");
            }
            if ((action == Action.SUMMON || action == Action.CHECK_IN) && blank(s.organization())) {
                p.add(path, "动作 " + action.key() + " 需要 organization",
                        "action '" + action.key() + "' needs an 'organization'");
            }
        }

        private Optional<Rating> rating(String path, StepDto s) {
            Optional<Rating> rating = s.rating() == null ? Optional.empty() : ScenarioReader.rating(s.rating());
            if (rating.isEmpty()) {
                p.add(path + ".rating", "评价须为 " + names(Rating.values()) + " (或 满意/基本满意/不满意)",
                        "'rating' must be one of " + names(Rating.values()));
            }
            return rating;
        }

        private Optional<Closure> closure(String path, StepDto s) {
            Optional<Closure> closure = s.closure() == null ? Optional.of(Closure.RESOLVED) : ScenarioReader.closure(s.closure());
            if (closure.isEmpty()) {
                p.add(path + ".closure", "结案方式须为 " + names(Closure.values()),
                        "'closure' must be one of " + names(Closure.values()));
            }
            return closure;
        }

        /** The cases with the lines they are declared at. */
        private List<CaseSpec> located(List<CaseSpec> cases) {
            List<CaseSpec> located = new ArrayList<>();
            for (int i = 0; i < cases.size(); i++) {
                CaseSpec c = cases.get(i);
                located.add(new CaseSpec(c.id(), c.category(), c.location(), c.channel(), c.severity(),
                        c.description(), map().locate("cases[" + i + "]")[0], c.at()));
            }
            return located;
        }

        private List<Step> locatedSteps(List<Step> steps) {
            return steps.stream().map(s -> new Step(s.index(), map().locate("steps[" + s.index() + "]")[0],
                    s.at(), s.atText(), s.action(), s.caseId(), s.node(), s.organization(), s.organizations(),
                    s.text(), s.rating(), s.limit(), s.closure(), s.expect(), s.as(), s.expectRefused())).toList();
        }
    }

    /** The longest offset a step may have from the scenario's start: ten years, far beyond any deadline. */
    static final Duration MAX_OFFSET = Duration.ofDays(3660);

    /**
     * An offset from start ({@code +30m}, {@code +2h}, {@code +7d}, {@code +1d2h30m}) of at most
     * {@link #MAX_OFFSET}, or an ISO instant; empty for anything else (the caller says what is wrong).
     */
    static Optional<Instant> instant(String text, Instant start) {
        Matcher m = OFFSET.matcher(text);
        if (m.matches() && (m.group(1) != null || m.group(2) != null || m.group(3) != null)) {
            long minutes = 0;
            long[] scale = {24 * 60, 60, 1};
            for (int g = 1; g <= 3; g++) {
                String digits = m.group(g);
                if (digits == null) {
                    continue;
                }
                // Seven digits of minutes are already beyond the limit; more would overflow a long.
                if (digits.length() > 7) {
                    return Optional.empty();
                }
                minutes += Long.parseLong(digits) * scale[g - 1];
            }
            Duration d = Duration.ofMinutes(minutes);
            return d.compareTo(MAX_OFFSET) > 0 ? Optional.empty() : Optional.of(start.plus(d));
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private interface Problems {
        void add(String path, String zh, String en);
    }

    private static boolean required(Problems p, String value, String path) {
        if (blank(value)) {
            String field = path.substring(path.lastIndexOf('.') + 1);
            p.add(path, "缺少必填字段 " + field, "missing required field '" + field + "'");
            return false;
        }
        return true;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .collect(Collectors.joining(", "));
    }

    private static Optional<IssueStatus> status(String text) {
        return Arrays.stream(IssueStatus.values()).filter(v -> matches(v, text) || v.displayName().zh().equals(text.trim()))
                .findFirst();
    }

    static Optional<Rating> rating(String text) {
        return Arrays.stream(Rating.values()).filter(v -> matches(v, text) || v.displayName().zh().equals(text.trim()))
                .findFirst();
    }

    private static Optional<Closure> closure(String text) {
        return Arrays.stream(Closure.values()).filter(v -> matches(v, text) || v.displayName().zh().equals(text.trim()))
                .findFirst();
    }

    static boolean matches(Enum<?> v, String text) {
        return v.name().equals(text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
    }
}
