package org.gridgov.jurisdiction;

/**
 * An open-addressing hash table from text to node index, for a tree that does not keep its ids as strings.
 *
 * <p>Each slot holds the text's hash in its upper half and the index plus one in its lower half, so a probe
 * compares hashes without touching the tree, and only a matching hash is checked against the node's real text
 * (through the tree's own test). A {@code HashMap<String, Integer>} costs about 50 bytes an entry in entry and
 * boxed index; this costs 8 bytes a slot at a load of at most 3/4. Filled while the tree is laid out, growing as it
 * goes, then only read, so it is safe to share between threads once the tree is built.
 */
final class IdTable {
    /** Whether node {@code index} has the text asked for. */
    interface Match {
        boolean test(int index, String text);
    }

    private long[] slots;
    private int mask;
    private int size;

    /** A table for {@code capacity} entries before it first grows. */
    IdTable(int capacity) {
        int length = Integer.highestOneBit(Math.max(4, capacity * 4 / 3 + 1) - 1) << 1;
        this.slots = new long[length];
        this.mask = length - 1;
    }

    /** Adds an entry; the text must not be in the table yet (the caller has looked). Grows at a load of 3/4. */
    void put(int hash, int index) {
        if (++size * 4L > slots.length * 3L) {
            grow();
        }
        insert(slots, mask, ((long) hash << 32) | (index + 1L));
    }

    private static void insert(long[] into, int mask, long slot) {
        int at = spread((int) (slot >>> 32)) & mask;
        while (into[at] != 0) {
            at = (at + 1) & mask;
        }
        into[at] = slot;
    }

    /** Each slot keeps its text's hash, so the table grows without asking the tree for any text. */
    private void grow() {
        long[] bigger = new long[slots.length * 2];
        int biggerMask = bigger.length - 1;
        for (long slot : slots) {
            if (slot != 0) {
                insert(bigger, biggerMask, slot);
            }
        }
        slots = bigger;
        mask = biggerMask;
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
