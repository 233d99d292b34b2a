package org.gridgov.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.gridgov.CityEngine;
import org.gridgov.city.City;
import org.gridgov.engine.Services;
import org.gridgov.examples.simulation.ServiceSimulation;
import org.gridgov.jurisdiction.JurisdictionNode;
import org.gridgov.organization.OrganizationId;
import org.gridgov.service.ServiceRates;
import org.gridgov.service.Stars;
import org.gridgov.service.UnitStanding;
import org.gridgov.store.EventLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gridgov simulate-service PACK --members N}: a year of party-member and unit service through a city's pack
 * on a simulated clock ({@link ServiceSimulation}), ending with the rates by county, the units the pack holds
 * ineligible and the last quarter's stars. Deterministic for a seed.
 */
@Command(name = "simulate-service", mixinStandardHelpOptions = true,
        description = {"Simulate a year of in-service party members and units serving their communities (在职党员回家)",
                "through a city's pack: report-ins, posts, wishes, menu orders, verified services, joint building.",
                "Example: gridgov simulate-service jilin --members 37455 --units 890 --communities 132"})
final class SimulateServiceCommand implements Callable<Integer> {
    @Mixin
    PackOptions pack;

    @Mixin
    CityOptions city;

    @Option(names = "--year", defaultValue = "2024", description = "The year to simulate (default 2024).")
    int year;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the simulated people (default 1).")
    long seed;

    @Option(names = "--events", paramLabel = "FILE",
            description = "Write every timeline to this file as JSON lines, for 'gridgov service' and 'gridgov report'"
                    + " (give them the same --members options).")
    Path events;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return run(out, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int run(PrintWriter out, PrintWriter err) {
        boolean zh = city.zh();
        if (year < 2000 || year > 2100) {
            err.println(zh ? "--year 须在 2000 到 2100 之间" : "--year must be from 2000 to 2100");
            return 2;
        }
        PackOptions.Prepared ready = pack.prepare(city, err);
        if (ready.failed()) {
            return ready.failure();
        }
        City c = ready.city();
        long members = c.people().inServiceMembers().size();
        if (members == 0) {
            err.println(zh ? "该城市没有在职党员: 用 --members N 生成" : "the city has no in-service members: add some with --members N");
            return 2;
        }
        CityEngine engine = ready.door().build();
        Year y = Year.of(year);
        ServiceSimulation.Result result;
        try (ProgressBar bar = Progress.days(zh, y.length())) {
            result = ServiceSimulation.run(engine, y, ServiceSimulation.Behaviour.seed(), seed, bar::step);
        }
        summarize(c, engine.engine().service(), result, members, out);
        return events == null ? 0 : write(engine, out, err);
    }

    private void summarize(City c, Services s, ServiceSimulation.Result result, long members, PrintWriter out) {
        boolean zh = city.zh();
        Locale locale = city.locale();
        Year y = result.year();
        out.printf("%s %s: %d %s, %d %s%n", c.name().in(locale), y, members, zh ? "名在职党员" : "in-service members",
                result.commands(), zh ? "条命令" : "commands");
        out.printf("  %s: %s%n", zh ? "完成" : "done", counts(result.done()));
        if (!result.refused().isEmpty()) {
            out.printf("  %s: %s%n", zh ? "被拒绝" : "refused", counts(result.refused()));
        }
        JurisdictionNode root = c.jurisdiction().root();
        line(out, root.name().in(locale), s.ratesOf(root.id(), y));
        for (JurisdictionNode county : c.jurisdiction().children(root.id())) {
            ServiceRates r = s.ratesOf(county.id(), y);
            if (!r.expected().isEmpty()) {
                line(out, "  " + county.name().in(locale), r);
            }
        }
        List<UnitStanding> standings = c.people().inServiceMembers().stream().flatMap(p -> p.employer().stream())
                .distinct()
                .sorted(Comparator.comparing(OrganizationId::value))
                .map(u -> s.standing(u, y)).toList();
        List<UnitStanding> ineligible = standings.stream().filter(u -> !u.eligible()).toList();
        out.printf("%s: %d/%d%n", zh ? "不得评先评优的单位" : "units not considered for awards", ineligible.size(),
                standings.size());
        ineligible.stream().limit(5).forEach(u -> out.printf("  %s %.1f%n", c.organizations().find(u.unit())
                .map(o -> o.name().in(locale)).orElse(u.unit().value()), u.points()));
        List<Stars> stars = s.stars(root.id(), y.atMonth(10).atDay(1).atStartOfDay(c.zone()).toInstant(),
                y.plusYears(1).atDay(1).atStartOfDay(c.zone()).toInstant());
        out.printf("%s (%s):%n", zh ? "第四季度三亮服务之星 前五" : "fourth quarter's service stars, best five",
                stars.stream().filter(x -> x.stars() == 3).count() + (zh ? " 人三星" : " with three stars"));
        stars.stream().limit(5).forEach(x -> out.printf("  %s %d★ %.1f%s%n", c.people().find(x.quarter().member())
                .map(p -> p.maskedName()).orElse(x.quarter().member().value()), x.stars(), x.quarter().hours(),
                zh ? "小时" : " h"));
    }

    private void line(PrintWriter out, String name, ServiceRates r) {
        boolean zh = city.zh();
        out.printf("%s %s %s (%d/%d), %s %s%n", name, zh ? "报到率" : "report-in rate", ServiceListing.percent(r.reportInRate()),
                r.reported().size(), r.expected().size(), zh ? "服务率" : "service rate", ServiceListing.percent(r.serviceRate()));
    }

    private static String counts(Map<String, Integer> counts) {
        return String.join(", ", counts.entrySet().stream().sorted(Map.Entry.comparingByValue(Comparator.reverseOrder()))
                .map(e -> e.getKey() + " " + e.getValue()).toList());
    }

    private int write(CityEngine engine, PrintWriter out, PrintWriter err) {
        try (var w = Files.newBufferedWriter(events, StandardCharsets.UTF_8)) {
            EventLog.write(engine.store(), w);
            out.printf("%s %s%n", city.zh() ? "事件已写入" : "events written to", events.toAbsolutePath());
            return 0;
        } catch (IOException | UncheckedIOException e) {
            err.printf("%s %s: %s%n", city.zh() ? "无法写入事件" : "cannot write the events", events, e.getMessage());
            return 1;
        }
    }
}
