package org.gridgov.rules.pack;

import java.util.Optional;
import java.util.Set;

/**
 * The column keywords of a Drools decision table. Drools reads a header by its first letter only, so a misspelt
 * keyword silently becomes another column; the pack loader names the keyword it was probably meant to be.
 */
final class HeaderKeywords {
    private static final Set<String> ALL = Set.of("CONDITION", "ACTION", "NAME", "DESCRIPTION", "PRIORITY",
            "SALIENCE", "DURATION", "TIMER", "ENABLED", "CALENDARS", "NO-LOOP", "LOCK-ON-ACTIVE", "AUTO-FOCUS",
            "ACTIVATION-GROUP", "AGENDA-GROUP", "RULEFLOW-GROUP", "DATE-EFFECTIVE", "DATE-EXPIRES", "METADATA");
    /** Farther than this, a guess would confuse more than help. */
    private static final int MAX_DISTANCE = 2;

    private HeaderKeywords() {
    }

    /** Whether an upper-case header is a keyword. */
    static boolean isKeyword(String upperCase) {
        return ALL.contains(upperCase);
    }

    /** The keyword at the smallest edit distance from an upper-case header, if one is close enough. */
    static Optional<String> nearest(String upperCase) {
        String best = null;
        int bestDistance = MAX_DISTANCE + 1;
        for (String k : ALL) {
            int d = distance(upperCase, k);
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Levenshtein distance, two rows at a time. */
    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(Math.min(cur[j - 1], prev[j]) + 1, substitute);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
