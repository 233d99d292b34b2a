package org.gridgov.cli;

import picocli.CommandLine.Command;

/**
 * {@code gridgov recover PACK --store FILE [the simulation's options]}: continues a simulation that was killed
 * part-way with the first step its store does not hold, and ends with what an uninterrupted run gives. It refuses
 * a store that holds no simulation, or one begun with other options.
 */
@Command(name = "recover", mixinStandardHelpOptions = true,
        description = {"Continue an interrupted 'gridgov simulate --store' where it stopped.",
                "Example: gridgov recover jilin --days 30 --store gridgov.db"})
final class RecoverCommand extends SimulateCommand {
    @Override
    boolean continuesOnly() {
        return true;
    }
}
