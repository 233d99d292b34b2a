package org.gridgov.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.gridgov.city.City;
import org.gridgov.i18n.Bilingual;
import org.gridgov.rules.pack.DecisionTableAnalysis;
import org.gridgov.rules.pack.PackLoadResult;
import org.gridgov.rules.pack.PackProblem;
import org.gridgov.rules.pack.PackProcedures;
import org.gridgov.rules.runtime.CompiledActivePack;
import org.gridgov.validation.InvalidModelException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gridgov validate PACK}: compile and check a pack; every problem with file, line or cell. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Compile and check a rule pack: every problem with file and line, or sheet and cell.",
                "Exit code 1 if the pack has an error. With --city or --profile, rules naming categories or",
                "levels the city lacks are reported too, and so are decision-table rows that overlap with",
                "different outcomes and condition combinations no row covers. With --isolated the pack is",
                "compiled in a separate JVM, killed after --timeout seconds, so that a hostile pack cannot touch",
                "this process.",
                "Example: gridgov validate my-city-pack --profile my-city.yaml --isolated"})
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    PackOptions pack;

    @Mixin
    CityOptions city;

    @Option(names = "--json", description = "Print the problems as a JSON array.")
    boolean json;

    @Option(names = "--isolated", description = "Compile the pack in a separate JVM (same java, same class path).")
    boolean isolated;

    /** The longest --timeout: an hour. */
    static final int MAX_TIMEOUT = 3600;

    @Option(names = "--timeout", defaultValue = "120", paramLabel = "SECONDS",
            description = "With --isolated: stop the separate JVM after this many seconds (default 120, at most 3600).")
    int timeout;

    /** Set in the child of an isolated validation: print the report as JSON for the parent to read. */
    @Option(names = IsolatedValidation.REPORT_OPTION, hidden = true)
    boolean reportForParent;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (isolated) {
            return isolated(out, err);
        }
        Optional<City> loaded = PackOptions.city(city, pack.pack, err);
        if (city.chosen() && loaded.isEmpty()) {
            return 1;
        }
        PackLoadResult result = pack.load(loaded);
        List<PackProblem> problems = new ArrayList<>(result.problems());
        String name = pack.pack;
        if (result instanceof PackLoadResult.Loaded l) {
            name = l.pack().version().toString();
            try {
                CompiledActivePack.of(l.pack());
            } catch (InvalidModelException e) {
                e.problems().forEach(p -> problems.add(PackProblem.error(l.pack().manifest().id(), "pack.yaml", 0,
                        Bilingual.of(p.id() + ": " + p.message().zh(), p.id() + ": " + p.message().en()))));
            }
            PackProcedures.settings(l.pack(), pack.source(), PackOptions.context(loaded), problems);
            problems.addAll(DecisionTableAnalysis.analyze(pack.source()));
        }
        if (reportForParent) {
            ObjectNode report = new ObjectMapper().createObjectNode().put("name", name);
            report.set("problems", array(problems));
            out.println(report.toString());
            out.flush();
            return problems.stream().anyMatch(PackProblem::isError) ? 1 : 0;
        }
        return print(name, problems, out);
    }

    /** The same validation in a child JVM; its report printed as this command prints its own. */
    private int isolated(PrintWriter out, PrintWriter err) {
        if (timeout < 1 || timeout > MAX_TIMEOUT) {
            err.println(city.zh() ? "--timeout 须在 1 到 " + MAX_TIMEOUT + " 秒之间"
                    : "--timeout must be from 1 to " + MAX_TIMEOUT + " seconds");
            err.flush();
            return 2;
        }
        pack.source(); // an unknown pack is a usage error here, as in the child
        List<String> args = new ArrayList<>(List.of(pack.pack));
        if (city.city != null) {
            args.addAll(List.of("--city", city.city));
        }
        if (city.profile != null) {
            args.addAll(List.of("--profile", city.profile.toAbsolutePath().toString()));
        }
        args.addAll(List.of("--lang", city.locale().toLanguageTag()));
        Optional<IsolatedValidation.Report> report = IsolatedValidation.run(args, java.time.Duration.ofSeconds(timeout),
                city.zh(), err);
        if (report.isEmpty()) {
            err.flush();
            return 1;
        }
        if (!report.get().childErrors().isBlank()) {
            err.print(report.get().childErrors());
            err.flush();
        }
        return print(report.get().name(), report.get().problems(), out);
    }

    /** Prints the problems and the count, in words or as JSON; the exit code. */
    private int print(String name, List<PackProblem> problems, PrintWriter out) {
        long errors = problems.stream().filter(PackProblem::isError).count();
        long warnings = problems.size() - errors;
        if (json) {
            out.println(array(problems).toPrettyString());
        } else {
            problems.forEach(p -> out.println(p.describe(city.locale())));
            out.println(city.zh() ? String.format("%s: %d 个错误, %d 个警告", name, errors, warnings)
                    : String.format("%s: %d error(s), %d warning(s)", name, errors, warnings));
        }
        out.flush();
        return errors > 0 ? 1 : 0;
    }

    /** The problems as JSON, as --json prints them and the child of --isolated hands them over. */
    static ArrayNode array(List<PackProblem> problems) {
        ArrayNode array = new ObjectMapper().createArrayNode();
        for (PackProblem p : problems) {
            var n = array.addObject().put("severity", p.severity().name().toLowerCase(java.util.Locale.ROOT))
                    .put("pack", p.pack()).put("file", p.file()).put("line", p.line())
                    .put("message", p.message().zh()).put("messageEn", p.message().en());
            if (p.column() > 0) {
                n.put("column", p.column());
            }
            p.sheet().ifPresent(sh -> n.put("sheet", sh));
            p.cell().ifPresent(c -> n.put("cell", c));
        }
        return array;
    }
}
