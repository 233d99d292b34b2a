package org.gridgov.cli;

import java.util.Optional;
import java.util.OptionalLong;
import org.gridgov.store.EventStore;
import org.gridgov.store.GlobalPosition;

/**
 * Which simulation a store holds: the fingerprint of the options a run began with is kept as a checkpoint, so that
 * {@code gridgov simulate --store} continues only the same run, and {@code gridgov recover} only a run there is.
 */
final class SimulationRuns {
    static final String OPTIONS = "simulate-options";

    private SimulationRuns() {
    }

    /** Why the run cannot go on in this store, in the user's language; empty if it can. */
    static Optional<String> refusal(EventStore store, long options, boolean continuesOnly, String location,
                                    boolean zh) {
        OptionalLong held = store.checkpoint(OPTIONS);
        String where = location == null ? (zh ? "内存" : "memory") : location;
        if (held.isPresent() && held.getAsLong() != options) {
            return Optional.of(zh ? where + " 中是另一组选项的模拟: 请给出开始时的选项, 或换一个 --store"
                    : where + " holds a simulation begun with other options: give the options it was begun with,"
                    + " or another --store");
        }
        if (held.isEmpty() && continuesOnly) {
            return Optional.of(zh ? where + " 中没有中断的模拟可继续; 用 gridgov simulate … --store " + where + " 开始一个"
                    : "nothing to recover: " + where + " holds no interrupted simulation; begin one with gridgov"
                    + " simulate … --store " + where);
        }
        if (held.isEmpty() && !store.readAll(GlobalPosition.START, 1).isEmpty()) {
            return Optional.of(zh ? where + " 中已有其他事件: 请模拟到一个新的 --store"
                    : where + " already holds other events: simulate into a new --store");
        }
        return Optional.empty();
    }

    /** Marks the store as holding the run with these options (again, if it does already). */
    static void begin(EventStore store, long options) {
        store.saveCheckpoint(OPTIONS, options);
    }
}
