package org.gridgov.rules.pack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gridgov.i18n.Bilingual;

/**
 * What the analysis finds in one sheet of a decision table, as warnings at their cells: rows whose conditions
 * overlap but whose actions differ, and combinations of condition values no row covers.
 */
final class TableFindings {
    private final DecisionTable table;

    private TableFindings(DecisionTable table) {
        this.table = table;
    }

    /**
     * Findings of the table analysis: pairs of rows whose conditions overlap (equal, or one side blank) but whose
     * actions differ, and combinations of the condition values the table uses that no row covers (when there are
     * at most {@code maxCombinations} of them to check).
     */
    static List<PackProblem> of(DecisionTable table, int maxCombinations) {
        List<PackProblem> out = new ArrayList<>();
        for (int r0 = 0; r0 < table.rowCount(); r0++) {
            for (int c0 = 0; c0 < table.width(r0); c0++) {
                if (table.text(r0, c0).startsWith("RuleTable")) {
                    new TableFindings(table).analyzeTable(r0, c0, maxCombinations, out);
                }
            }
        }
        return out;
    }

    /** A table's condition and action columns, its keyword row and its data rows. */
    private record Layout(int keywordRow, List<Integer> conditions, List<Integer> actions, List<Integer> data) {
    }

    private void analyzeTable(int tableRow, int tableCol, int maxCombinations, List<PackProblem> out) {
        Layout t = layout(tableRow, tableCol);
        overlaps(t, out);
        if (t.conditions().size() >= 2) {
            gaps(t, maxCombinations, out); // with one condition column every value used is covered by its row
        }
    }

    private Layout layout(int tableRow, int tableCol) {
        int kw = tableRow + 1;
        int last = table.rowCount() > kw ? table.width(kw) - 1 : -1;
        List<Integer> conditions = new ArrayList<>();
        List<Integer> actions = new ArrayList<>();
        for (int c = tableCol; c <= last; c++) {
            String h = table.text(kw, c).toUpperCase(Locale.ROOT);
            if (h.startsWith("C")) {
                conditions.add(c);
            } else if (h.startsWith("A")) {
                actions.add(c);
            }
        }
        List<Integer> data = new ArrayList<>();
        for (int r = tableRow + 5; r < table.rowCount() && !table.blank(r, tableCol, last); r++) {
            data.add(r);
        }
        return new Layout(kw, conditions, actions, data);
    }

    /** Two rows whose conditions can both hold but whose actions differ: a warning at the later row. */
    private void overlaps(Layout t, List<PackProblem> out) {
        if (t.conditions().isEmpty()) {
            return;
        }
        List<Integer> data = t.data();
        for (int i = 0; i < data.size(); i++) {
            for (int j = i + 1; j < data.size(); j++) {
                int a = data.get(i);
                int b = data.get(j);
                boolean overlap = t.conditions().stream().allMatch(c -> table.text(a, c).isEmpty() || table.text(b, c).isEmpty()
                        || table.text(a, c).equals(table.text(b, c)));
                boolean differ = t.actions().stream().anyMatch(c -> !table.text(a, c).equals(table.text(b, c)));
                if (overlap && differ) {
                    out.add(table.warning(b, t.conditions().get(0), Bilingual.of(
                                    "第" + (a + 1) + "行与第" + (b + 1) + "行条件重叠, 但结果不同",
                                    "rows " + (a + 1) + " and " + (b + 1) + " overlap in their conditions but differ in "
                                            + "their actions")));
                }
            }
        }
    }

    /** Combinations of the values the rows use that no row covers (at most ten reported), if few enough to try. */
    private void gaps(Layout t, int maxCombinations, List<PackProblem> out) {
        List<List<String>> values = new ArrayList<>();
        long combinations = 1;
        for (int c : t.conditions()) {
            List<String> distinct = t.data().stream().map(r -> table.text(r, c)).filter(v -> !v.isEmpty()).distinct().toList();
            values.add(distinct.isEmpty() ? List.of("") : distinct);
            combinations *= Math.max(1, distinct.size());
        }
        if (combinations > maxCombinations) {
            return;
        }
        int reported = 0;
        for (long k = 0; k < combinations && reported < 10; k++) {
            List<String> combo = combination(values, k);
            if (!covered(t, combo)) {
                reported++;
                out.add(table.warning(t.keywordRow(), t.conditions().get(0), Bilingual.of("没有任何一行覆盖条件组合 " + combo,
                                "no row covers the combination of conditions " + combo)));
            }
        }
    }

    /** The k-th combination of one value per condition column, counting in mixed radix. */
    private static List<String> combination(List<List<String>> values, long k) {
        long rest = k;
        List<String> combo = new ArrayList<>();
        for (List<String> v : values) {
            combo.add(v.get((int) (rest % v.size())));
            rest /= v.size();
        }
        return combo;
    }

    private boolean covered(Layout t, List<String> combo) {
        return t.data().stream().anyMatch(r -> {
            for (int x = 0; x < t.conditions().size(); x++) {
                String cell = table.text(r, t.conditions().get(x));
                if (!cell.isEmpty() && !cell.equals(combo.get(x))) {
                    return false;
                }
            }
            return true;
        });
    }
}
