package org.gridgov.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.gridgov.GridGov;
import org.gridgov.document.DocumentException;
import org.gridgov.rules.pack.CompiledPack;
import org.gridgov.rules.pack.PackProblem;
import org.gridgov.rules.scenario.ScenarioFile;
import org.gridgov.rules.scenario.ScenarioResult;
import org.gridgov.rules.scenario.ScenarioSuite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gridgov test PACK}: run the pack's scenario files on a simulated clock. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Run the scenario files of a pack (its scenarios/ folder): one line per file, the failures",
                "in words with the case's timeline, and a total line 'N passed, N failed'. Exit code 1 if any fails.",
                "With --coverage, list the routing and escalation rules no scenario made fire.",
                "Example: gridgov test my-pack --profile my-city.yaml --coverage"})
final class TestCommand implements Callable<Integer> {
    @Mixin
    PackOptions pack;

    @Mixin
    CityOptions city;

    @Option(names = "--coverage", description = "List the rules that never fired.")
    boolean coverage;

    @Option(names = "--json", description = "Print the results as JSON: files, failures with line and message, "
            + "and the rules that never fired.")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PackOptions.Prepared ready = pack.prepare(city, err);
        if (ready.failed()) {
            return ready.failure();
        }
        CompiledPack compiled = ready.pack();
        List<PackProblem> problems = new ArrayList<>();
        ready.settings(problems); // said once here; the door reads the procedures again for each engine
        GridGov door = ready.door();
        problems.forEach(p -> err.println(p.describe(city.locale())));
        List<ScenarioFile> scenarios;
        try {
            scenarios = ScenarioSuite.load(pack.source(), ScenarioSuite.FOLDER);
        } catch (DocumentException e) {
            e.problems().forEach(p -> err.println(p.describe(city.locale())));
            err.flush();
            return 1;
        }
        int passed = 0;
        int failed = 0;
        Set<String> fired = new TreeSet<>();
        ObjectNode report = new ObjectMapper().createObjectNode();
        for (ScenarioFile s : scenarios) {
            ScenarioResult r = s.run(door.build());
            fired.addAll(r.firedRules());
            ObjectNode file = report.withArray("files").addObject().put("file", s.file())
                    .put("name", s.name().in(city.locale())).put("passed", r.passed())
                    .put("expectations", r.results().size());
            r.failures().forEach(f -> file.withArray("failures").addObject().put("line", f.line())
                    .put("case", f.caseId()).put("message", f.message()));
            if (r.passed()) {
                passed++;
                if (!json) {
                    out.printf("PASS %s — %s (%d)%n", s.file(), s.name().in(city.locale()), r.results().size());
                }
            } else {
                failed++;
                if (!json) {
                    out.printf("FAIL %s — %s%n%s%n", s.file(), s.name().in(city.locale()), r.failureReport());
                }
            }
        }
        Set<String> never = new TreeSet<>(compiled.rules().keySet());
        never.removeAll(fired);
        if (json) {
            report.put("passed", passed).put("failed", failed).put("rules", compiled.rules().size());
            never.forEach(rule -> report.withArray("neverFired").add(rule));
            out.println(report.toPrettyString());
        } else {
            if (coverage) {
                out.printf("%s (%d/%d):%n", city.zh() ? "从未触发的规则" : "rules that never fired", never.size(),
                        compiled.rules().size());
                never.forEach(rule -> out.println("  " + rule));
            }
            out.printf("%d passed, %d failed%n", passed, failed);
        }
        out.flush();
        err.flush();
        return failed > 0 || (scenarios.isEmpty() && !problems.isEmpty()) ? 1 : 0;
    }
}
