package org.gridgov.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.gridgov.rules.scenario.DeliberationScenarioReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gridgov deliberation PACK}: the city's deliberating bodies with their items and meetings, read from an event
 * log, or played from a deliberation scenario.
 */
@Command(name = "deliberation", mixinStandardHelpOptions = true,
        description = {"List each deliberating body of the city (五方共议, 小板凳, 联席会议) with its meetings and items",
                "from an event log (--events), or play a deliberation scenario (--play) on a fresh engine and list",
                "what it left; --write-events saves the played log. Personal data stays masked.",
                "Example: gridgov deliberation jilin --play scenarios/small-bench-meeting.yaml --lang zh"})
final class DeliberationCommand implements Callable<Integer> {
    @Mixin
    PackOptions pack;

    @Mixin
    CityOptions city;

    @Mixin
    LogOrPlay source;

    @Option(names = "--body", paramLabel = "ID", description = "Only this body.")
    String body;

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
        PackOptions.Prepared ready = pack.prepare(city, err);
        if (ready.failed()) {
            return ready.failure();
        }
        try (LogOrPlay.Result loaded = source.load(ready, city, DeliberationScenarioReader::read, out, err)) {
            if (loaded.failure() != 0) {
                return loaded.failure();
            }
            BodyListing.print(ready.city(), ready.door().build(loaded.store()), body, city.locale(), out);
            return 0;
        }
    }
}
