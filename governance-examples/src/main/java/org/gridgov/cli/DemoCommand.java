package org.gridgov.cli;

import org.gridgov.rules.pack.PackLoadException;
import org.gridgov.CityEngine;
import org.gridgov.GridGov;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.gridgov.city.City;
import org.gridgov.examples.ExampleCities;
import org.gridgov.jurisdiction.Jurisdiction;
import org.gridgov.jurisdiction.JurisdictionLevel;
import org.gridgov.jurisdiction.JurisdictionNode;
import org.gridgov.jurisdiction.LevelKind;
import org.gridgov.role.Absence;
import org.gridgov.role.Assignment;
import org.gridgov.role.RoleTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gridgov demo}: a seed city from end to end. Builds it over its real divisions with its staff, replays
 * the seed report's case with its pack, routes a case of each net, simulates a month with a progress bar, ranks
 * the streets and writes the HTML report.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Build a seed city (default 吉林市 Jilin) over its real divisions, replay the seed report's case",
                "with the city's pack, route a case of each net, simulate a month, print the streets' scorecards",
                "and write the month's HTML report.",
                "Example: gridgov demo --lang en --report jilin.html"})
final class DemoCommand implements Callable<Integer> {

    @Mixin
    CityOptions cityOptions;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Where to write the month's HTML report (default gridgov-demo-<city>.html here).")
    Path report;

    /** The simulated month's store; the other parts keep theirs in memory. */
    @Mixin
    StoreOption storeOption;

    @Option(names = "--days", defaultValue = "30", description = "Days of the simulated month (default 30).")
    int days;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** The month the demo simulates: the seed report's small-bench meeting was on 15 June 2023. */
    static final YearMonth MONTH = YearMonth.of(2023, 6);

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (days < 1 || days > 366) {
            err.println(cityOptions.zh() ? "--days 须在 1 到 366 之间" : "--days must be between 1 and 366");
            err.flush();
            return 2;
        }
        Optional<City> loaded = cityOptions.load("jilin", err);
        if (loaded.isEmpty()) {
            return 1;
        }
        City city = loaded.get();
        Locale locale = cityOptions.locale();
        print(city, out, locale);
        if (cityOptions.profile != null || !ExampleCities.hasPack(city.id())) {
            return 0;
        }
        GridGov door = GridGov.forCity(city).pack(ExampleCities.packSource(city.id())).loader(ExampleCities.loader());
        CityEngine first;
        try {
            first = door.build();
        } catch (PackLoadException e) {
            e.problems().forEach(p -> err.println(p.describe(locale)));
            err.flush();
            return 1;
        }
        out.println();
        out.printf("%s %s%n", zh(locale) ? "规则包" : "Rule pack", first.pack().version());
        first.warnings().forEach(p -> out.println("  " + p.describe(locale)));
        DemoStory story = new DemoStory(door, first, out, locale);
        boolean ok = story.replaySeedCase();
        story.routeSamples(DemoStory.AT);
        Path file = report != null ? report : Path.of("gridgov-demo-" + city.id() + ".html");
        try (StoreOption.Opened opened = storeOption.open()) {
            ok &= new DemoMonth(door, first, out, locale).run(MONTH, days, file, opened.store(),
                    storeOption.location);
        }
        ok &= new DemoMeeting(door, first, out, locale).run();
        ok &= new DemoService(door, first, out, locale).run();
        out.flush();
        return ok ? 0 : 1;
    }

    static void print(City city, PrintWriter out, Locale locale) {
        Jurisdiction tree = city.jurisdiction();
        out.printf("%s — %s%n", city.name().in(locale), city.id());
        city.divisions().ifPresent(d -> out.printf("%s: %s%n  licence: %s%n",
                zh(locale) ? "区划数据来源" : "Division data", d.source(), d.license()));
        out.printf("%s: %s, %d %s%n", zh(locale) ? "辖区" : "Jurisdiction", tree.root(), tree.size(),
                zh(locale) ? "个节点" : "nodes");
        out.println();
        out.printf("  %s %8s  %s%n", pad(zh(locale) ? "层级" : "level", 28), zh(locale) ? "数量" : "count",
                zh(locale) ? "构成" : "composition");
        for (Map.Entry<JurisdictionLevel, Integer> e : tree.countsByLevel().entrySet()) {
            out.printf("  %s %8d  %s%n", pad(e.getKey().name().in(locale), 28), e.getValue(),
                    composition(tree, e.getKey(), locale));
        }
        out.println();
        out.printf("%s: %s%n", zh(locale) ? "网格图层(多网合一)" : "Grid layers (merged)",
                String.join(", ", tree.layers().stream().map(l -> l.name().in(locale)).toList()));
        out.printf("%s: %d (%s %d)%n", zh(locale) ? "事项类别" : "Categories", city.categories().size(),
                zh(locale) ? "一级" : "top-level", city.categories().roots().size());
        out.printf("%s: %d, %s: %d, %s: %d, %s: %d%n", zh(locale) ? "组织" : "Organizations",
                city.organizations().all().size(), zh(locale) ? "党建联盟" : "alliances",
                city.organizations().alliances().size(), zh(locale) ? "人员" : "people", city.people().size(),
                zh(locale) ? "岗位指派" : "assignments", city.roster().assignments().size());
        tree.subtree(tree.root().id()).stream()
                .filter(n -> n.level().kind() == LevelKind.GRID && tree.children(n.id()).isEmpty())
                .max(java.util.Comparator.comparingInt(JurisdictionNode::depth))
                .ifPresent(deepest -> out.printf("%s: %s%n", zh(locale) ? "示例路径" : "Example path",
                        String.join(" > ", tree.path(deepest.id()).stream().map(n -> n.name().in(locale)).toList())));
        printPartyChains(city, out, locale);
        printBackups(city, out, locale);
        out.flush();
    }

    /** The party body mirroring each level down to the deepest node that has organizations. */
    private static void printPartyChains(City city, PrintWriter out, Locale locale) {
        city.organizations().all().stream()
                .map(o -> city.jurisdiction().node(o.node()))
                .max(java.util.Comparator.comparingInt(JurisdictionNode::depth))
                .ifPresent(n -> {
                    var chain = city.organizations().partyChain(n.id());
                    if (!chain.isEmpty()) {
                        out.printf("%s %s: %s%n", zh(locale) ? "党组织链" : "Party chain of", n.name().in(locale),
                                String.join(" > ", chain.stream().map(o -> o.name().in(locale)).toList()));
                    }
                });
    }

    /** For every recorded absence, who acts for the absent person's posts during it and after it (A/B岗). */
    private static void printBackups(City city, PrintWriter out, Locale locale) {
        var roster = city.roster();
        for (Absence absence : roster.absences()) {
            Instant during = absence.from().plus(Duration.between(absence.from(), absence.until()).dividedBy(2));
            for (Assignment a : roster.assignmentsOf(absence.person(), during)) {
                String role = roster.findRoleType(a.role()).map(r -> r.name().in(locale)).orElse(a.role().value());
                String place = a.target() instanceof RoleTarget.AtNode at
                        ? city.jurisdiction().node(at.node()).name().in(locale) : a.target().toString();
                out.printf("%s %s:%n", role, place);
                for (Instant when : List.of(during, absence.until())) {
                    String who = roster.actingFor(a.role(), a.target(), when)
                            .map(acting -> city.people().require(acting.person()).maskedName()
                                    + (acting.viaBackup() ? (zh(locale) ? " (B岗顶岗)" : " (backup, B post)") : ""))
                            .orElse(zh(locale) ? "无人" : "nobody");
                    out.printf("  %s: %s%n", when.atZone(city.zone()).toLocalDateTime(), who);
                }
            }
        }
    }

    /** What the nodes of a level are made of: kinds from the division data, dedicated grids. */
    private static String composition(Jurisdiction tree, JurisdictionLevel level, Locale locale) {
        Map<String, Integer> kinds = new TreeMap<>();
        int dedicated = 0;
        for (JurisdictionNode n : tree.atLevel(tree.root().id(), level.id())) {
            if (!n.kind().isEmpty()) {
                kinds.merge(n.kind(), 1, Integer::sum);
            }
            dedicated += n.isDedicated() ? 1 : 0;
        }
        StringBuilder s = new StringBuilder();
        kinds.forEach((k, v) -> s.append(s.length() == 0 ? "" : ", ").append(kindName(k, locale)).append(' ').append(v));
        if (dedicated > 0) {
            s.append(s.length() == 0 ? "" : ", ").append(kindName("dedicated", locale)).append(' ').append(dedicated);
        }
        return s.toString();
    }

    /** Chinese names of the kinds that division data and grid generation use. */
    private static final Map<String, String> KIND_ZH = Map.of("subdistrict", "街道", "town", "镇",
            "township", "乡", "quasi_township_unit", "类似乡级单位", "community", "社区(居委会)",
            "village", "村(村委会)", "grid", "网格", "building", "楼栋", "dedicated", "其中专属网格");

    private static String kindName(String kind, Locale locale) {
        return zh(locale) ? KIND_ZH.getOrDefault(kind, kind) : kind.replace('_', ' ');
    }

    /** Pads to a display width, counting CJK characters as two columns as terminals show them. */
    private static String pad(String text, int width) {
        int w = text.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x3000 && c <= 0x303F) ? 2 : 1).sum();
        return text + " ".repeat(Math.max(0, width - w));
    }

    private static boolean zh(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }
}
