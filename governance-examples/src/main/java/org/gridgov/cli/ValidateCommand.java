package org.gridgov.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
                "different outcomes and condition combinations no row covers.",
                "Example: gridgov validate my-city-pack --profile my-city.yaml"})
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    PackOptions pack;

    @Mixin
    CityOptions city;

    @Option(names = "--json", description = "Print the problems as a JSON array.")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
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
        long errors = problems.stream().filter(PackProblem::isError).count();
        long warnings = problems.size() - errors;
        if (json) {
            ArrayNode array = new ObjectMapper().createArrayNode();
            for (PackProblem p : problems) {
                var n = array.addObject().put("severity", p.severity().name().toLowerCase(java.util.Locale.ROOT))
                        .put("pack", p.pack()).put("file", p.file()).put("line", p.line())
                        .put("message", p.message().zh()).put("messageEn", p.message().en());
                p.sheet().ifPresent(s -> n.put("sheet", s));
                p.cell().ifPresent(c -> n.put("cell", c));
            }
            out.println(array.toPrettyString());
        } else {
            problems.forEach(p -> out.println(p.describe(city.locale())));
            out.println(city.zh() ? String.format("%s: %d 个错误, %d 个警告", name, errors, warnings)
                    : String.format("%s: %d error(s), %d warning(s)", name, errors, warnings));
        }
        out.flush();
        return errors > 0 ? 1 : 0;
    }
}
