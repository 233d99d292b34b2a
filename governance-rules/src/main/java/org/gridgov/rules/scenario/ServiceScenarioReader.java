package org.gridgov.rules.scenario;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridgov.document.DocumentException;
import org.gridgov.document.DocumentReader;
import org.gridgov.i18n.Bilingual;
import org.gridgov.rules.scenario.ServiceScenario.Action;
import org.gridgov.rules.scenario.ServiceScenario.Expectation;
import org.gridgov.rules.scenario.ServiceScenario.Step;

/**
 * Reads a service scenario strictly: an unknown key or action, an instant out of order, a step without what its
 * action needs are each reported with file, line and field path.
 *
 * <pre>
 * name: {zh: 在职党员回家, en: in-service members come home}
 * start: 2024-03-01T09:00:00+08:00
 * service: {year: 2024}
 * steps:
 *   - {at: +0m, do: report-in, member: m1}
 *   - {at: +1d, do: confirm-report-in, member: m1, text: 报到证2024-001}
 *   - {at: +2d, do: publish-wish, id: W1, community: 东厂宅社区, resident: r1, text: 想要一台收音机}
 *   - {at: +2d, do: claim-wish, id: W1, member: m1}
 *   - {at: +3d, do: submit-service, id: R1, member: m1, text: 送收音机, from: +3d, until: +3d1h, resident: r1, source: W1}
 *   - {at: +4d, do: verify-service, id: R1, with: 刘大妈, borneOut: true}
 *   - {at: +4d, do: confirm-service, id: R1}
 *   - at: +4d
 *     expect: {member: m1, reportedIn: true, basis: residence, hours: 1, wish: W1, status: fulfilled}
 * </pre>
 */
public final class ServiceScenarioReader {
    private static final DocumentReader READER = FileReading.READER;

    private ServiceScenarioReader() {
    }

    record NameDto(@JsonAlias("中文") String zh, @JsonAlias("英文") String en) {
    }

    record ServiceDto(@JsonAlias("年度") Integer year) {
    }

    record ExpectDto(@JsonAlias("党员") String member, @JsonAlias("已报到") Boolean reportedIn,
            @JsonAlias("报到依据") String basis, @JsonAlias("报到社区") String community, @JsonAlias("服务时长") Double hours,
            @JsonAlias("心愿") String wish, @JsonAlias("订单") String order, @JsonAlias("服务记录") String record,
            @JsonAlias("状态") String status, @JsonAlias("区域") String area, @JsonAlias("单位") String unit,
            @JsonAlias("报到率") Double reportInRate, @JsonAlias("服务率") Double serviceRate,
            @JsonAlias("可评先评优") Boolean eligible, @JsonAlias("得分") Double points, @JsonAlias("项目") String project,
            @JsonAlias("阶段") String stage, @JsonAlias("提醒次数") Integer warnings,
            @JsonAlias("已督办") Boolean supervised, @JsonAlias("结果") String outcome) {

        /** {@code expect: refused} on an action step. */
        @com.fasterxml.jackson.annotation.JsonCreator(mode = com.fasterxml.jackson.annotation.JsonCreator.Mode.DELEGATING)
        static ExpectDto ofOutcome(String outcome) {
            return new ExpectDto(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, outcome);
        }
    }

    record StepDto(@JsonAlias("时间") String at, @JsonProperty("do") @JsonAlias("动作") String action,
            @JsonAlias("党员") String member, @JsonAlias("单位") String unit, @JsonAlias("社区") String community,
            @JsonAlias("编号") String id, @JsonAlias("居民") String resident, @JsonAlias("内容") String text,
            @JsonAlias("开始") String from, @JsonAlias("结束") String until, @JsonAlias("核实对象") String with,
            @JsonAlias("属实") Boolean borneOut, @JsonAlias("来源") String source, @JsonAlias("数量") Integer quantity,
            @JsonAlias("类别") String category, @JsonAlias("需求") String need, @JsonAlias("资源") String resource,
            @JsonAlias("社区负责人") String communityOwner, @JsonAlias("单位负责人") String unitOwner,
            @JsonProperty("as") @JsonAlias("身份") String as, @JsonAlias("预期") ExpectDto expect) {
    }

    record ScenarioDto(@JsonAlias("名称") NameDto name, @JsonAlias("开始") String start,
            @JsonAlias("服务") ServiceDto service, @JsonAlias("步骤") List<StepDto> steps) {
    }

    private static final Map<String, Set<String>> ALIASES = Aliases.of(List.of(NameDto.class, ServiceDto.class,
            ExpectDto.class, StepDto.class, ScenarioDto.class));

    /** Whether a scenario file's text has a top-level {@code service:} ({@code 服务:}). */
    public static boolean declaresService(String file, String text) {
        return FileReading.hasTopLevel(file, text, "service", "服务");
    }

    /**
     * Reads one service scenario.
     *
     * @throws DocumentException with every located problem found
     */
    public static ServiceScenario read(String file, String text) throws DocumentException {
        return new Reading(file, text).scenario(READER.read(file, text, ScenarioDto.class));
    }

    private static final class Reading extends FileReading {
        private Instant start;

        Reading(String file, String text) {
            super(file, text, ALIASES);
        }

        ServiceScenario scenario(ScenarioDto dto) throws DocumentException {
            Bilingual name = dto.name() == null ? name(null, null) : name(dto.name().zh(), dto.name().en());
            start = start(dto.start());
            List<Step> steps = new ArrayList<>();
            Instant previous = start;
            List<StepDto> dtos = dto.steps() == null ? List.of() : dto.steps();
            for (int i = 0; i < dtos.size(); i++) {
                String path = "steps[" + i + "]";
                StepDto s = dtos.get(i);
                if (s == null || start == null) {
                    continue;
                }
                Instant at = previous;
                if (!ScenarioReader.blank(s.at())) {
                    Optional<Instant> parsed = ScenarioReader.instant(s.at().trim(), start);
                    if (parsed.isEmpty()) {
                        problem(path + ".at", "时间 '" + s.at() + "' 无效", "'at' value '" + s.at() + "' is not valid");
                    } else if (parsed.get().isBefore(previous)) {
                        problem(path + ".at", "步骤时间早于前一步骤", "step time is before the previous step's");
                    } else {
                        at = parsed.get();
                    }
                }
                previous = at;
                step(i, path, s, at).ifPresent(steps::add);
            }
            if (!problems.isEmpty()) {
                throw new DocumentException(problems);
            }
            Year year = dto.service() != null && dto.service().year() != null ? Year.of(dto.service().year())
                    : Year.from(OffsetDateTime.parse(dto.start().trim()));
            return new ServiceScenario(file, name, start, year, steps);
        }

        private Optional<Step> step(int i, String path, StepDto s, Instant at) {
            Optional<Action> action = s.expect() != null && s.action() == null ? Optional.of(Action.EXPECT)
                    : ScenarioReader.blank(s.action()) ? Optional.empty() : Action.parse(s.action());
            if (action.isEmpty()) {
                String known = Arrays.stream(Action.values()).filter(x -> x != Action.EXPECT).map(Action::key)
                        .collect(Collectors.joining(", "));
                problem(path + ".do", "未知动作 '" + s.action() + "', 可用动作: " + known, "unknown action '" + s.action()
                        + "'; expected one of: " + known);
                return Optional.empty();
            }
            Action a = action.get();
            ServiceStepNeeds.check(a, s, (field, zh, en) -> problem(path + (field.isEmpty() ? "" : "." + field), zh, en));
            boolean refused = a != Action.EXPECT && s.expect() != null && refused(path, s.expect().outcome());
            Optional<Expectation> expect = a == Action.EXPECT ? Optional.of(expectation(s.expect())) : Optional.empty();
            return Optional.of(new Step(i, map().locate(path)[0], at, a, opt(s.member()), opt(s.unit()),
                    opt(s.community()), opt(s.id()), opt(s.resident()), opt(s.text()), when(path + ".from", s.from()),
                    when(path + ".until", s.until()), opt(s.with()), Optional.ofNullable(s.borneOut()), opt(s.source()),
                    Optional.ofNullable(s.quantity()), opt(s.category()), opt(s.need()), opt(s.resource()),
                    opt(s.communityOwner()), opt(s.unitOwner()), opt(s.as()), refused, expect));
        }

        private Optional<Instant> when(String path, String t) {
            if (t == null) {
                return Optional.empty();
            }
            Optional<Instant> parsed = ScenarioReader.instant(t.trim(), start);
            if (parsed.isEmpty()) {
                problem(path, "时间 '" + t + "' 无效", "instant '" + t + "' is not valid");
            }
            return parsed;
        }

        private static Expectation expectation(ExpectDto e) {
            return new Expectation(opt(e.member()), Optional.ofNullable(e.reportedIn()), opt(e.basis()),
                    opt(e.community()), Optional.ofNullable(e.hours()), opt(e.wish()), opt(e.order()), opt(e.record()),
                    opt(e.status()), opt(e.area()), opt(e.unit()), Optional.ofNullable(e.reportInRate()),
                    Optional.ofNullable(e.serviceRate()), Optional.ofNullable(e.eligible()),
                    Optional.ofNullable(e.points()), opt(e.project()), opt(e.stage()), Optional.ofNullable(e.warnings()),
                    Optional.ofNullable(e.supervised()));
        }

        private static Optional<String> opt(String s) {
            return ScenarioReader.blank(s) ? Optional.empty() : Optional.of(s.strip());
        }
    }
}
