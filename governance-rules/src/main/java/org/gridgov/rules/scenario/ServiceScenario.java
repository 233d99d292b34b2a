package org.gridgov.rules.scenario;

import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gridgov.CityEngine;
import org.gridgov.i18n.Bilingual;

/**
 * A service scenario, read and checked: report-ins, wishes, menu orders, posts, services and joint building on the
 * simulated clock, with expectations on members, wishes, orders, records, rates, units and projects. A scenario
 * file with a top-level {@code service:} ({@code 服务:}) is one of these ({@link ServiceScenarioReader}).
 *
 * @param file  the file's name
 * @param name  what it shows
 * @param start the instant offsets count from
 * @param year  the year report-ins and rates are of
 * @param steps the steps, their instants never decreasing
 */
public record ServiceScenario(String file, Bilingual name, Instant start, Year year, List<Step> steps)
        implements ScenarioFile {
    public ServiceScenario {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(year, "year");
        steps = List.copyOf(steps);
    }

    @Override
    public ScenarioResult run(CityEngine engine) {
        return ServiceScenarioRunner.run(this, engine);
    }

    /** What a step does; English keys and Chinese aliases. */
    public enum Action implements StepAction {
        REPORT_IN("report-in", "网上报到"),
        CONFIRM_REPORT_IN("confirm-report-in", "确认报到", "线下报到"),
        PUBLISH_WISH("publish-wish", "发布心愿"),
        CLAIM_WISH("claim-wish", "认领心愿"),
        SUBMIT_SERVICE("submit-service", "申报服务"),
        VERIFY_SERVICE("verify-service", "核实服务"),
        CONFIRM_SERVICE("confirm-service", "确认服务"),
        REJECT_SERVICE("reject-service", "退回服务"),
        REVERSE_SERVICE("reverse-service", "冲销服务"),
        PLACE_ORDER("place-order", "点单"),
        DISPATCH_ORDER("dispatch-order", "派单"),
        TAKE_ORDER("take-order", "接单"),
        PUBLISH_ORDER("publish-order", "晒单"),
        PUBLISH_POST("publish-post", "发布岗位"),
        CLAIM_POST("claim-post", "认岗"),
        SIGN_AGREEMENT("sign-agreement", "签订共建协议"),
        LIST_NEED("list-need", "列需求"),
        LIST_RESOURCE("list-resource", "列资源"),
        MATCH("match", "匹配项目"),
        START_PROJECT("start-project", "启动项目"),
        FINISH_PROJECT("finish-project", "完成项目"),
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

        /** The action a file names. */
        public static Optional<Action> parse(String text) {
            return StepAction.parse(values(), EXPECT, text);
        }
    }

    /**
     * One step; the fields an action does not use are empty. Places (community) are node ids, codes or names;
     * members, residents and owners are person ids; units are organization ids or names.
     */
    public record Step(int index, int line, Instant at, Action action, Optional<String> member, Optional<String> unit,
                       Optional<String> community, Optional<String> id, Optional<String> resident,
                       Optional<String> text, Optional<Instant> from, Optional<Instant> until, Optional<String> with,
                       Optional<Boolean> borneOut, Optional<String> source, Optional<Integer> quantity,
                       Optional<String> category, Optional<String> need, Optional<String> resource,
                       Optional<String> communityOwner, Optional<String> unitOwner, Optional<String> as,
                       boolean expectRefused, Optional<Expectation> expect) {
    }

    /** What should hold at a step; only what is named is compared. */
    public record Expectation(Optional<String> member, Optional<Boolean> reportedIn, Optional<String> basis,
                              Optional<String> community, Optional<Double> hours, Optional<String> wish,
                              Optional<String> order, Optional<String> record, Optional<String> status,
                              Optional<String> area, Optional<String> unit, Optional<Double> reportInRate,
                              Optional<Double> serviceRate, Optional<Boolean> eligible, Optional<Double> points,
                              Optional<String> project, Optional<String> stage, Optional<Integer> warnings,
                              Optional<Boolean> supervised) {
    }
}
