package org.gridgov.rules.pack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Analysis of a pack's decision tables, for policy staff before a change goes live: rows whose conditions overlap
 * but whose outcomes differ (which one wins is then a matter of rule order and priority, not of the table), and
 * combinations of condition values that no row covers. Findings are warnings at the sheet and cell.
 */
public final class DecisionTableAnalysis {
    /** Beyond this many combinations of condition values, coverage is not enumerated. */
    public static final int MAX_COMBINATIONS = 10_000;

    private DecisionTableAnalysis() {
    }

    /**
     * Analyzes every decision table of a pack folder (not of its parents).
     *
     * @throws UncheckedIOException if a file of the folder cannot be read
     */
    public static List<PackProblem> analyze(PackSource source) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try {
            for (String f : source.files()) {
                if (f.endsWith(".drl.csv") || f.endsWith(".drl.xlsx")) {
                    files.put(f, source.read(f));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<PackProblem> scan = new ArrayList<>();
        List<PackProblem> out = new ArrayList<>();
        for (SourceFile file : FileScanner.scan(source.id(), files, scan)) {
            if (file.kind().isTable()) {
                DecisionTableReader.read(file, out).forEach(t -> out.addAll(TableFindings.of(t, MAX_COMBINATIONS)));
            }
        }
        return out;
    }
}
