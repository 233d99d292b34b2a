package org.gridgov.rules.scenario;

import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.gridgov.city.City;
import org.gridgov.engine.Services;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.organization.OrganizationId;
import org.gridgov.people.PersonId;
import org.gridgov.service.ReportIn;
import org.gridgov.service.ServiceId;
import org.gridgov.service.ServiceRates;

/** What a service expectation compares: each difference as a line for people. */
final class ServiceChecks {
    private final City city;
    private final Services s;
    private final Year year;
    private final Function<String, NodeId> node;
    private final Function<String, OrganizationId> unit;

    ServiceChecks(City city, Services s, Year year, Function<String, NodeId> node,
                  Function<String, OrganizationId> unit) {
        this.city = city;
        this.s = s;
        this.year = year;
        this.node = node;
        this.unit = unit;
    }

    void check(ServiceScenario.Expectation e, List<String> wrong) {
        e.member().ifPresent(m -> member(new PersonId(m), e, wrong));
        e.wish().ifPresent(w -> status("心愿 / wish " + w, s.wishes().stream().filter(x -> x.id().equals(ServiceId.wish(w)))
                .findFirst().map(x -> lower(x.status())), e, wrong));
        e.order().ifPresent(o -> status("订单 / order " + o, s.menu().orders().stream().filter(x -> x.id()
                .equals(ServiceId.order(o))).findFirst().map(x -> lower(x.status())), e, wrong));
        e.record().ifPresent(r -> record(r, e, wrong));
        e.area().ifPresent(a -> rates("区域 / area " + a, s.ratesOf(node.apply(a), year), e, wrong));
        if (e.unit().isPresent() && e.project().isEmpty()) {
            unitStanding(unit.apply(e.unit().get()), e, wrong);
        }
        e.project().ifPresent(p -> project(p, e, wrong));
    }

    private void member(PersonId m, ServiceScenario.Expectation e, List<String> wrong) {
        Optional<ReportIn> r = s.reportIns().stream().filter(x -> x.member().equals(Optional.of(m)))
                .filter(x -> x.year().equals(year)).findFirst();
        e.reportedIn().filter(b -> b != r.map(ReportIn::confirmed).orElse(false)).ifPresent(b -> wrong.add(
                "党员 " + m + " 已报到 / reported in: 预期 / expected " + b + ", 实际 / actual " + !b));
        e.basis().ifPresent(b -> {
            String got = r.map(x -> lower(x.basis())).orElse("-");
            if (!got.equals(b)) {
                wrong.add("党员 " + m + " 报到依据 / basis: 预期 / expected " + b + ", 实际 / actual " + got);
            }
        });
        e.community().ifPresent(c -> {
            if (!r.map(x -> x.community().equals(node.apply(c))).orElse(false)) {
                wrong.add("党员 " + m + " 报到社区 / community: 预期 / expected " + c + ", 实际 / actual "
                        + r.map(x -> x.community().value()).orElse("-"));
            }
        });
        e.hours().ifPresent(h -> {
            double got = s.ledger().of(m).toMinutes() / 60.0;
            if (Math.abs(got - h) > 0.01) {
                wrong.add("党员 " + m + " 服务时长 / hours: 预期 / expected " + h + ", 实际 / actual " + got);
            }
        });
    }

    private void record(String r, ServiceScenario.Expectation e, List<String> wrong) {
        var found = s.records().stream().filter(x -> x.id().equals(ServiceId.record(r))).findFirst();
        status("服务记录 / record " + r, found.map(x -> lower(x.status())), e, wrong);
        e.warnings().ifPresent(w -> {
            int got = found.map(x -> x.warnings()).orElse(0);
            if (got != w) {
                wrong.add("服务记录 " + r + " 提醒次数 / warnings: 预期 / expected " + w + ", 实际 / actual " + got);
            }
        });
        e.supervised().ifPresent(b -> {
            boolean got = found.map(x -> x.supervisions() > 0).orElse(false);
            if (got != b) {
                wrong.add("服务记录 " + r + " 已督办 / supervised: 预期 / expected " + b + ", 实际 / actual " + got);
            }
        });
    }

    private static void status(String what, Optional<String> got, ServiceScenario.Expectation e, List<String> wrong) {
        if (got.isEmpty()) {
            wrong.add(what + " 不存在 / does not exist");
            return;
        }
        e.status().filter(want -> !want.equals(got.get())).ifPresent(want -> wrong.add(what
                + " 状态 / status: 预期 / expected " + want + ", 实际 / actual " + got.get()));
    }

    private void rates(String what, ServiceRates r, ServiceScenario.Expectation e, List<String> wrong) {
        e.reportInRate().ifPresent(want -> rate(what + " 报到率 / report-in rate", want, r.reportInRate(), wrong));
        e.serviceRate().ifPresent(want -> rate(what + " 服务率 / service rate", want, r.serviceRate(), wrong));
    }

    private void unitStanding(OrganizationId u, ServiceScenario.Expectation e, List<String> wrong) {
        rates("单位 / unit " + u, s.ratesOfUnit(u, year), e, wrong);
        var standing = s.standing(u, year);
        e.eligible().filter(b -> b != standing.eligible()).ifPresent(b -> wrong.add("单位 " + u
                + " 可评先评优 / eligible: 预期 / expected " + b + ", 实际 / actual " + standing.eligible()));
        e.points().filter(p -> Math.abs(p - standing.points()) > 0.01).ifPresent(p -> wrong.add("单位 " + u
                + " 得分 / points: 预期 / expected " + p + ", 实际 / actual " + standing.points()));
    }

    private void project(String p, ServiceScenario.Expectation e, List<String> wrong) {
        if (e.unit().isEmpty() || e.community().isEmpty()) {
            wrong.add("项目预期须写 unit 与 community / a project expectation names its unit and community");
            return;
        }
        ServiceId id = ServiceId.agreement(unit.apply(e.unit().get()), node.apply(e.community().get()));
        Optional<String> stage = s.jointBuilding().agreements().stream().filter(a -> a.id().equals(id)).findFirst()
                .flatMap(a -> a.stage(p)).map(ServiceChecks::lower);
        if (stage.isEmpty()) {
            wrong.add("项目 / project " + p + " 不存在 / does not exist");
        } else {
            e.stage().filter(want -> !want.equals(stage.get())).ifPresent(want -> wrong.add("项目 / project " + p
                    + " 阶段 / stage: 预期 / expected " + want + ", 实际 / actual " + stage.get()));
        }
    }

    private static void rate(String what, double want, Optional<Double> got, List<String> wrong) {
        if (got.isEmpty() || Math.abs(got.get() - want) > 0.001) {
            wrong.add(what + ": 预期 / expected " + want + ", 实际 / actual " + got.map(Object::toString).orElse("—"));
        }
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
