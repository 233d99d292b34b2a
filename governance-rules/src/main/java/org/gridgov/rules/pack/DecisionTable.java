package org.gridgov.rules.pack;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.gridgov.i18n.Bilingual;

/**
 * One sheet of a decision table file ({@code *.drl.csv} or {@code *.drl.xlsx}), read as a grid of texts so that
 * every problem can be put at its cell: header keywords Drools would silently misread, values that are not numbers
 * where the template compares a number, and compile errors of the generated DRL, which Drools reports without row
 * or column.
 */
final class DecisionTable {
    private static final Set<String> KEYWORDS = Set.of("CONDITION", "ACTION", "NAME", "DESCRIPTION", "PRIORITY",
            "SALIENCE", "DURATION", "TIMER", "ENABLED", "CALENDARS", "NO-LOOP", "LOCK-ON-ACTIVE", "AUTO-FOCUS",
            "ACTIVATION-GROUP", "AGENDA-GROUP", "RULEFLOW-GROUP", "DATE-EFFECTIVE", "DATE-EXPIRES", "METADATA");
    private static final Pattern NUMERIC_TEMPLATE = Pattern.compile("(\\w+)\\s*(?:==|!=|>=|<=|>|<)\\s*\\$param\\b");
    private static final Pattern VALUES_AT = Pattern.compile("//\\s*rule values at ([A-Z]+)(\\d+)");
    private static final Pattern CELL_IN_MESSAGE = Pattern.compile("cell ([A-Z]+)(\\d+)");

    private final SourceFile file;
    private final String sheet;
    private final List<List<String>> rows;
    /** Cells with a template: data cell row/col → instantiated snippet. */
    private final List<int[]> dataCells = new ArrayList<>();
    private final Map<Long, String> snippets = new HashMap<>();
    private final Map<Integer, Integer> drlLineToRow = new HashMap<>();

    private DecisionTable(SourceFile file, String sheet, List<List<String>> rows) {
        this.file = file;
        this.sheet = sheet;
        this.rows = rows;
    }

    /** The sheets of a table file that hold a {@code RuleTable}, or none with problems. */
    static List<DecisionTable> read(SourceFile file, List<PackProblem> problems) {
        List<DecisionTable> out = new ArrayList<>();
        if (file.kind() == SourceFile.Kind.CSV_TABLE) {
            String stem = file.name().substring(0, file.name().length() - ".drl.csv".length());
            out.add(new DecisionTable(file, stem, Csv.parse(file.text())));
        } else {
            try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(file.bytes()))) {
                DataFormatter fmt = new DataFormatter(Locale.ROOT);
                for (Sheet s : wb) {
                    List<List<String>> grid = new ArrayList<>();
                    for (int r = 0; r <= s.getLastRowNum(); r++) {
                        Row row = s.getRow(r);
                        List<String> cells = new ArrayList<>();
                        if (row != null) {
                            for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                                Cell cell = row.getCell(c);
                                cells.add(cell == null ? "" : fmt.formatCellValue(cell));
                            }
                        }
                        grid.add(cells);
                    }
                    out.add(new DecisionTable(file, s.getSheetName(), grid));
                }
            } catch (Exception | LinkageError e) {
                problems.add(PackProblem.error(file.pack(), file.path(), 0, Bilingual.of(
                        "无法打开表格文件, 它可能已损坏或不是 xlsx 格式 (" + e.getMessage() + ")",
                        "cannot open the spreadsheet; it may be damaged or not in xlsx format (" + e.getMessage() + ")")));
                return List.of();
            }
        }
        return out.stream().filter(t -> t.find("RuleTable").isPresent()).toList();
    }

    String sheet() {
        return sheet;
    }

    SourceFile file() {
        return file;
    }

    /** Checks header keywords, numeric cells and safety of every cell; records data cells and their snippets. */
    void check(List<PackProblem> problems) {
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                int rr = r;
                int cc = c;
                ImportLint.check(row.get(c)).ifPresent(m -> problems.add(error(rr, cc, m)));
                if (row.get(c).strip().equalsIgnoreCase("Import") && c + 1 < row.size()) {
                    for (String imp : row.get(c + 1).split(",")) {
                        ImportLint.check("import " + imp.strip() + ";").ifPresent(m -> problems.add(error(rr, cc + 1, m)));
                    }
                }
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                if (text(r, c).startsWith("RuleTable")) {
                    checkTable(r, c, problems);
                }
            }
        }
    }

    private void checkTable(int tableRow, int tableCol, List<PackProblem> problems) {
        int kw = tableRow + 1;
        int last = rows.size() > kw ? rows.get(kw).size() - 1 : -1;
        for (int c = tableCol; c <= last; c++) {
            String h = text(kw, c).toUpperCase(Locale.ROOT);
            if (!h.isEmpty() && !KEYWORDS.contains(h) && h.length() > 1) {
                String guess = nearest(h);
                problems.add(error(kw, c, Bilingual.of(
                        "列标题 \"" + text(kw, c) + "\" 不是决策表关键字" + (guess == null ? "" : ", 是不是 " + guess + "?")
                                + " (Drools 只看首字母, 会把它悄悄当成别的列)",
                        "the column header \"" + text(kw, c) + "\" is not a decision table keyword"
                                + (guess == null ? "" : "; did you mean " + guess + "?")
                                + " (Drools reads only its first letter and silently takes it for another column)")));
            }
        }
        int snippetRow = tableRow + 3;
        for (int r = tableRow + 5; r < rows.size() && !blank(r, tableCol, last); r++) {
            for (int c = tableCol; c <= last; c++) {
                String h = text(kw, c).toUpperCase(Locale.ROOT);
                String value = text(r, c);
                if (value.isEmpty() || !(h.startsWith("C") || h.startsWith("A"))) {
                    continue;
                }
                String template = text(snippetRow, c);
                snippets.put(key(r, c), instantiate(template, value));
                dataCells.add(new int[] {r, c});
                Matcher m = NUMERIC_TEMPLATE.matcher(template);
                if (h.startsWith("C") && m.find() && FactModel.isNumeric(m.group(1)) && !isNumber(value)) {
                    problems.add(error(r, c, Bilingual.of(
                            "值 \"" + value + "\" 不是数字, 而 " + m.group(1) + " 是数字 (条件: " + template + ")",
                            "the value \"" + value + "\" is not a number, but " + m.group(1) + " is one (condition: "
                                    + template + ")")));
                }
            }
        }
    }

    /**
     * Findings of the table analysis: pairs of rows whose conditions overlap (equal, or one side blank) but whose
     * actions differ, and combinations of the condition values the table uses that no row covers (when there are
     * at most {@code maxCombinations} of them to check).
     */
    List<PackProblem> analyze(int maxCombinations) {
        List<PackProblem> out = new ArrayList<>();
        for (int r0 = 0; r0 < rows.size(); r0++) {
            for (int c0 = 0; c0 < rows.get(r0).size(); c0++) {
                if (text(r0, c0).startsWith("RuleTable")) {
                    analyzeTable(r0, c0, maxCombinations, out);
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
        int last = rows.size() > kw ? rows.get(kw).size() - 1 : -1;
        List<Integer> conditions = new ArrayList<>();
        List<Integer> actions = new ArrayList<>();
        for (int c = tableCol; c <= last; c++) {
            String h = text(kw, c).toUpperCase(Locale.ROOT);
            if (h.startsWith("C")) {
                conditions.add(c);
            } else if (h.startsWith("A")) {
                actions.add(c);
            }
        }
        List<Integer> data = new ArrayList<>();
        for (int r = tableRow + 5; r < rows.size() && !blank(r, tableCol, last); r++) {
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
                boolean overlap = t.conditions().stream().allMatch(c -> text(a, c).isEmpty() || text(b, c).isEmpty()
                        || text(a, c).equals(text(b, c)));
                boolean differ = t.actions().stream().anyMatch(c -> !text(a, c).equals(text(b, c)));
                if (overlap && differ) {
                    out.add(PackProblem.atCell(PackProblem.Severity.WARNING, file.pack(), file.path(), sheet,
                            name(b, t.conditions().get(0)), Bilingual.of(
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
            List<String> distinct = t.data().stream().map(r -> text(r, c)).filter(v -> !v.isEmpty()).distinct().toList();
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
                out.add(PackProblem.atCell(PackProblem.Severity.WARNING, file.pack(), file.path(), sheet,
                        name(t.keywordRow(), t.conditions().get(0)), Bilingual.of("没有任何一行覆盖条件组合 " + combo,
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
                String cell = text(r, t.conditions().get(x));
                if (!cell.isEmpty() && !cell.equals(combo.get(x))) {
                    return false;
                }
            }
            return true;
        });
    }

    /** The generated DRL, or empty with a problem at the cell Drools names, if any. */
    Optional<String> compile(String defaultPackage, List<PackProblem> problems) {
        String drl;
        try {
            SpreadsheetCompiler compiler = new SpreadsheetCompiler();
            ByteArrayInputStream in = new ByteArrayInputStream(file.bytes());
            drl = file.kind() == SourceFile.Kind.CSV_TABLE ? compiler.compile(in, InputType.CSV)
                    : compiler.compile(in, sheet);
        } catch (RuntimeException e) {
            String msg = String.valueOf(e.getMessage());
            Matcher m = CELL_IN_MESSAGE.matcher(msg);
            String detail = msg.replaceFirst("^\\[[^\\]]*\\]\\s*", "");
            Bilingual text = Bilingual.of("Drools 无法读取这张决策表 (Drools: " + detail + ")",
                    "Drools cannot read this decision table (Drools: " + detail + ")");
            problems.add(m.find() ? PackProblem.atCell(PackProblem.Severity.ERROR, file.pack(), file.path(), sheet,
                    m.group(1) + m.group(2), text) : new PackProblem(PackProblem.Severity.ERROR, file.pack(),
                    file.path(), 0, Optional.of(sheet), Optional.empty(), text));
            return Optional.empty();
        }
        if (find("RuleSet").isEmpty()) {
            drl = drl.replaceFirst("(?m)^\\s*package\\s+[\\w.]+\\s*;", "package " + defaultPackage + ";");
        }
        String[] lines = drl.split("\n", -1);
        int row = -1;
        for (int i = 0; i < lines.length; i++) {
            Matcher m = VALUES_AT.matcher(lines[i]);
            if (m.find()) {
                row = Integer.parseInt(m.group(2)) - 1;
            }
            if (row >= 0) {
                drlLineToRow.put(i + 1, row);
            }
        }
        return Optional.of(drl);
    }

    /**
     * The cell a compile error of the generated DRL comes from: within the row of the rule at {@code drlLine} if
     * known, the cell whose filled-in snippet (or value) appears in Drools' text; else the row's first cell.
     */
    /** The first cell whose text the pattern finds something in, e.g. a {@code Functions} cell. */
    Optional<String> cellMatching(Pattern pattern) {
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                if (pattern.matcher(rows.get(r).get(c)).find()) {
                    return Optional.of(name(r, c));
                }
            }
        }
        return Optional.empty();
    }

    Optional<String> cellFor(int drlLine, String errorText) {
        Integer row = drlLine > 0 ? drlLineToRow.get(drlLine) : null;
        String err = squash(errorText);
        int best = 0;
        int[] found = null;
        for (int[] rc : dataCells) {
            if (row != null && rc[0] != row) {
                continue;
            }
            String snippet = squash(snippets.get(key(rc[0], rc[1]))).replaceAll(";$", "");
            String value = text(rc[0], rc[1]);
            int score = !snippet.isEmpty() && err.contains(snippet) ? 1000 + snippet.length()
                    : Pattern.compile("(?<![\\w\\p{IsHan}])" + Pattern.quote(value) + "(?![\\w\\p{IsHan}])")
                    .matcher(err).find() ? value.length() : 0;
            if (score > best) {
                best = score;
                found = rc;
            }
        }
        if (found != null) {
            return Optional.of(name(found[0], found[1]));
        }
        if (row != null) {
            return dataCells.stream().filter(rc -> rc[0] == row).findFirst().map(rc -> name(rc[0], rc[1]));
        }
        return Optional.empty();
    }

    /** The data cells and their filled-in snippets, for checks on the values rules name. */
    Map<String, String> snippetsByCell() {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        dataCells.forEach(rc -> out.put(name(rc[0], rc[1]), snippets.get(key(rc[0], rc[1]))));
        return out;
    }

    PackProblem error(int row, int col, Bilingual message) {
        return PackProblem.atCell(PackProblem.Severity.ERROR, file.pack(), file.path(), sheet, name(row, col), message);
    }

    /** The 0-based sheet row a line of the generated DRL came from, if it came from a row. */
    Optional<Integer> rowOf(int drlLine) {
        return Optional.ofNullable(drlLineToRow.get(drlLine));
    }

    /** The 0-based row of a cell name such as {@code E10}. */
    static int rowOfCell(String cell) {
        return Integer.parseInt(cell.replaceAll("^[A-Z]+", "")) - 1;
    }

    static String name(int row, int col) {
        StringBuilder letters = new StringBuilder();
        for (int c = col + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString() + (row + 1);
    }

    private Optional<int[]> find(String prefix) {
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                if (text(r, c).startsWith(prefix)) {
                    return Optional.of(new int[] {r, c});
                }
            }
        }
        return Optional.empty();
    }

    private String text(int r, int c) {
        if (r < 0 || r >= rows.size() || c < 0 || c >= rows.get(r).size()) {
            return "";
        }
        return rows.get(r).get(c).strip();
    }

    private boolean blank(int r, int from, int to) {
        for (int c = from; c <= to; c++) {
            if (!text(r, c).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static long key(int r, int c) {
        return ((long) r << 20) | c;
    }

    private static String instantiate(String template, String value) {
        String out = template.replace("$param", value);
        String[] parts = value.split(",");
        for (int i = parts.length; i >= 1; i--) {
            out = out.replace("$" + i, parts[i - 1].strip());
        }
        return out;
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String squash(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    private static String nearest(String header) {
        String best = null;
        int bestDistance = 3;
        for (String k : KEYWORDS) {
            int d = distance(header, k);
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return best;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1], prev[j]) + 1, prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
