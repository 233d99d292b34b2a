package org.gridgov.rules.facts;

import java.util.ArrayList;
import java.util.List;

/**
 * Where scoring rule actions write their points; a listener attributes each entry to the rule that wrote it.
 */
public final class ScoreSheet {

    /**
     * One entry.
     *
     * @param issue  the case it rests on, or empty text for a unit-level entry
     * @param event  the event index in the case's timeline, or -1
     * @param points points added (positive) or taken (negative)
     * @param zh     the reason in Chinese
     * @param en     the reason in English
     */
    public record Entry(String issue, int event, double points, String zh, String en) {
    }

    private final List<Entry> entries = new ArrayList<>();

    void add(Entry e) {
        entries.add(e);
    }

    /** The entries so far, in order. */
    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /**
     * The entries from an index on, in order, without copying the earlier ones (a listener asks after every
     * firing, and a street's session holds thousands).
     *
     * @throws IndexOutOfBoundsException if {@code from} is negative or beyond the entries
     */
    public List<Entry> entriesFrom(int from) {
        return List.copyOf(entries.subList(from, entries.size()));
    }

    /** The number of entries so far. */
    public int size() {
        return entries.size();
    }
}
