package org.gridgov.jurisdiction;

/**
 * One shared instance of each text part (the end of an id or name after its parent's), found from the whole
 * text and where the part starts, so that a part already seen costs no substring. Millions of nodes repeat a few
 * thousand parts ({@code -G01}, {@code 001}, {@code 第1网格}), so nearly every lookup finds one. Used while a
 * tree is built, by one thread.
 */
final class PartTable {
    private String[] slots = new String[1024];
    private int size;

    /** The shared instance of {@code text.substring(from)}, made the first time that part is asked for. */
    String part(String text, int from) {
        int hash = 0;
        for (int k = from; k < text.length(); k++) {
            hash = 31 * hash + text.charAt(k); // String.hashCode of the part, without making the part
        }
        int length = text.length() - from;
        int mask = slots.length - 1;
        for (int at = spread(hash) & mask; ; at = (at + 1) & mask) {
            String p = slots[at];
            if (p == null) {
                p = text.substring(from);
                slots[at] = p;
                if (++size * 4 > slots.length * 3) {
                    grow();
                }
                return p;
            }
            if (p.hashCode() == hash && p.length() == length && text.regionMatches(from, p, 0, length)) {
                return p;
            }
        }
    }

    private void grow() {
        String[] old = slots;
        slots = new String[old.length * 2];
        int mask = slots.length - 1;
        for (String p : old) {
            if (p != null) {
                int at = spread(p.hashCode()) & mask;
                while (slots[at] != null) {
                    at = (at + 1) & mask;
                }
                slots[at] = p;
            }
        }
    }

    private static int spread(int h) {
        return (h ^ (h >>> 16)) * 0x9E3779B9;
    }
}
