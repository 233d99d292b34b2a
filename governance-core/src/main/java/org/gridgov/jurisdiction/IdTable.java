package org.gridgov.jurisdiction;

/**
 * An open-addressing hash table from text to node index, for a tree that does not keep its ids as strings.
 *
 * <p>Each slot holds the text's hash in its upper half and the index plus one in its lower half, so a probe
 * compares hashes without touching the tree, and only a matching hash is checked against the node's real text
 * (through the tree's own test). A {@code HashMap<String, Integer>} costs about 50 bytes an entry in entry and
 * boxed index; this costs 8 bytes a slot at a load of at most 3/4. Filled once while the tree is built, then only
 * read, so it is safe to share between threads.
 */
final class IdTable {
    /** Whether node {@code index} has the text asked for. */
    interface Match {
        boolean test(int index, String text);
    }

    private final long[] slots;
    private final int mask;

    /** A table for up to {@code capacity} entries. */
    IdTable(int capacity) {
        int size = Integer.highestOneBit(Math.max(4, capacity * 4 / 3 + 1) - 1) << 1;
        this.slots = new long[size];
        this.mask = size - 1;
    }

    /** Adds an entry; the text must not be in the table yet (the builder has checked ids are unique). */
    void put(int hash, int index) {
        int at = spread(hash) & mask;
        while (slots[at] != 0) {
            at = (at + 1) & mask;
        }
        slots[at] = ((long) hash << 32) | (index + 1L);
    }

    /** The index of the node whose text this is, or -1. */
    int find(String text, Match match) {
        int hash = text.hashCode();
        for (int at = spread(hash) & mask; ; at = (at + 1) & mask) {
            long slot = slots[at];
            if (slot == 0) {
                return -1;
            }
            if ((int) (slot >>> 32) == hash) {
                int index = (int) slot - 1;
                if (match.test(index, text)) {
                    return index;
                }
            }
        }
    }

    /** String hashes of similar ids differ in their low bits only; mix them so that runs do not cluster. */
    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
