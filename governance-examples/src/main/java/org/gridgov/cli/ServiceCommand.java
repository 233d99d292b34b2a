package org.gridgov.cli;

import java.io.PrintWriter;
import java.time.Year;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.gridgov.CityEngine;
import org.gridgov.jurisdiction.JurisdictionNode;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.rules.scenario.ServiceScenarioReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gridgov service PACK}: a community's report-ins, wishes, orders, posts and confirmed services with its
 * rates, read from an event log or played from a service scenario.
 */
@Command(name = "service", mixinStandardHelpOptions = true,
        description = {"List a community's report-ins, micro-wishes, menu orders, posts and confirmed services with its",
                "report-in and service rates, from an event log (--events) or a service scenario played on a fresh",
                "engine (--play); --write-events saves the played log. Names and numbers stay masked.",
                "Example: gridgov service jilin --play scenarios/members-come-home.yaml --community 维北社区"})
final class ServiceCommand implements Callable<Integer> {
    @Mixin
    PackOptions pack;

    @Mixin
    CityOptions city;

    @Mixin
    LogOrPlay source;

    @Option(names = "--community", paramLabel = "NODE", description = "The community (id, code or name); default: all.")
    String community;

    @Option(names = "--year", description = "The year of the rates (default: the first report-in's).")
    Integer year;

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
        try (LogOrPlay.Result loaded = source.load(ready, city, ServiceScenarioReader::read, out, err)) {
            if (loaded.failure() != 0) {
                return loaded.failure();
            }
            return list(ready, ready.door().build(loaded.store()), out, err);
        }
    }

    private int list(PackOptions.Prepared ready, CityEngine engine, PrintWriter out, PrintWriter err) {
        Optional<NodeId> only = Optional.empty();
        if (community != null) {
            var found = ready.city().jurisdiction().lookup(community);
            if (found.unique().isEmpty()) {
                err.println(found.problem().in(city.locale()));
                return 2;
            }
            only = found.unique().map(JurisdictionNode::id);
        }
        ServiceListing.print(ready.city(), engine.engine().service(), only, Optional.ofNullable(year).map(Year::of),
                city.locale(), out);
        return 0;
    }
}
