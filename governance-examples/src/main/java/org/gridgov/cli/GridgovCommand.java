package org.gridgov.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code gridgov} command line: {@code java -jar gridgov.jar <subcommand>}.
 *
 * <p>Exit codes: 0 success, 1 the input has problems (each printed with file, line and field), 2 the
 * command line itself was wrong. Problems are printed for people; no stack trace reaches the user.
 */
@Command(name = "gridgov", mixinStandardHelpOptions = true, version = "gridgov 0.1.0",
        description = {"Grid-based community governance (网格化管理): load cities, check and run policy packs."},
        subcommands = {DemoCommand.class, CalendarCommand.class, ValidateCommand.class, ExplainCommand.class, SimulateCommand.class, TestCommand.class,
                ReportCommand.class, VisitsCommand.class, DeliberationCommand.class, ServiceCommand.class,
                SimulateServiceCommand.class, RecoverCommand.class, ServeCommand.class})
public final class GridgovCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Entry point of the runnable jar. */
    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code, for tests and embedding. */
    public static int execute(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs the command line with the given output and error writers and returns its exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = Converters.register(new CommandLine(new GridgovCommand())).setOut(out).setErr(err);
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof org.gridgov.store.StoreFailure) {
                // The database could not be opened or written: what failed, where, without credentials.
                line.getErr().println("gridgov: " + e.getMessage());
                return 1;
            }
            if (e instanceof IllegalArgumentException) {
                // A value the command could not use (an unknown example city): a usage error, said plainly.
                line.getErr().println("gridgov: " + e.getMessage());
                return 2;
            }
            // A bug, not bad input: say so in one line and point at the log rather than dumping a trace.
            line.getErr().println("gridgov: internal error: " + e + " (please report it)");
            return 3;
        });
        return cli.execute(args);
    }
}
