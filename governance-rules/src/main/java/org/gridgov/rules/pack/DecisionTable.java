package org.gridgov.rules.pack;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    DecisionTable(SourceFile file, String sheet, List<List<String>> rows) {
        this.file = file;
        this.sheet = sheet;
        this.rows = rows;
    }

    /** Whether the sheet holds a {@code RuleTable}; sheets without one are not decision tables. */
    boolean hasRuleTable() {
        return find("RuleTable").isPresent();
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
            checkHeader(kw, c, problems);
        }
        for (int r = tableRow + 5; r < rows.size() && !blank(r, tableCol, last); r++) {
            for (int c = tableCol; c <= last; c++) {
                checkDataCell(kw, tableRow + 3, r, c, problems);
            }
        }
    }

    private void checkHeader(int kw, int c, List<PackProblem> problems) {
        String h = text(kw, c).toUpperCase(Locale.ROOT);
        if (h.isEmpty() || HeaderKeywords.isKeyword(h) || h.length() <= 1) {
            return;
        }
        Optional<String> guess = HeaderKeywords.nearest(h);
        problems.add(error(kw, c, Bilingual.of(
                "列标题 \"" + text(kw, c) + "\" 不是决策表关键字" + guess.map(g -> ", 是不是 " + g + "?").orElse("")
                        + " (Drools 只看首字母, 会把它悄悄当成别的列)",
                "the column header \"" + text(kw, c) + "\" is not a decision table keyword"
                        + guess.map(g -> "; did you mean " + g + "?").orElse("")
                        + " (Drools reads only its first letter and silently takes it for another column)")));
    }

    /** Records a condition or action cell's filled-in snippet; a word where the template compares a number is an error. */
    private void checkDataCell(int kw, int snippetRow, int r, int c, List<PackProblem> problems) {
        String h = text(kw, c).toUpperCase(Locale.ROOT);
        String value = text(r, c);
        if (value.isEmpty() || !(h.startsWith("C") || h.startsWith("A"))) {
            return;
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

    /** The generated DRL, or empty with a problem at the cell Drools names, if any. */
    Optional<String> compile(String defaultPackage, List<PackProblem> problems) {
        Optional<String> drl = generate(problems).map(d -> find("RuleSet").isPresent() ? d
                : d.replaceFirst("(?m)^\\s*package\\s+[\\w.]+\\s*;", "package " + defaultPackage + ";"));
        drl.ifPresent(this::mapLinesToRows);
        return drl;
    }

    private Optional<String> generate(List<PackProblem> problems) {
        try {
            SpreadsheetCompiler compiler = new SpreadsheetCompiler();
            ByteArrayInputStream in = new ByteArrayInputStream(file.bytes());
            return Optional.of(file.kind() == SourceFile.Kind.CSV_TABLE ? compiler.compile(in, InputType.CSV)
                    : compiler.compile(in, sheet));
        } catch (RuntimeException e) {
            problems.add(unreadable(String.valueOf(e.getMessage())));
            return Optional.empty();
        }
    }

    /** Drools' reason a table cannot be compiled, at the cell its message names, else at the sheet. */
    private PackProblem unreadable(String msg) {
        Matcher m = CELL_IN_MESSAGE.matcher(msg);
        String detail = msg.replaceFirst("^\\[[^\\]]*\\]\\s*", "");
        Bilingual text = Bilingual.of("Drools 无法读取这张决策表 (Drools: " + detail + ")",
                "Drools cannot read this decision table (Drools: " + detail + ")");
        return m.find() ? PackProblem.atCell(PackProblem.Severity.ERROR, file.pack(), file.path(), sheet,
                m.group(1) + m.group(2), text) : new PackProblem(PackProblem.Severity.ERROR, file.pack(),
                file.path(), 0, Optional.of(sheet), Optional.empty(), text);
    }

    /** Each generated line after a {@code // rule values at} comment comes from that comment's row. */
    private void mapLinesToRows(String drl) {
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
    }

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

    /**
     * The cell a compile error of the generated DRL comes from: within the row of the rule at {@code drlLine} if
     * known, the cell whose filled-in snippet (or value) appears in Drools' text; else the row's first cell.
     */
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
        Map<String, String> out = new LinkedHashMap<>();
        dataCells.forEach(rc -> out.put(name(rc[0], rc[1]), snippets.get(key(rc[0], rc[1]))));
        return out;
    }

    PackProblem error(int row, int col, Bilingual message) {
        return PackProblem.atCell(PackProblem.Severity.ERROR, file.pack(), file.path(), sheet, name(row, col), message);
    }

    PackProblem warning(int row, int col, Bilingual message) {
        return PackProblem.atCell(PackProblem.Severity.WARNING, file.pack(), file.path(), sheet, name(row, col), message);
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

    /** The number of rows of the sheet's grid. */
    int rowCount() {
        return rows.size();
    }

    /** The number of cells of a row. */
    int width(int r) {
        return rows.get(r).size();
    }

    /** The stripped text of a cell, empty outside the grid. */
    String text(int r, int c) {
        if (r < 0 || r >= rows.size() || c < 0 || c >= rows.get(r).size()) {
            return "";
        }
        return rows.get(r).get(c).strip();
    }

    /** Whether a row is empty from one column to another, both included. */
    boolean blank(int r, int from, int to) {
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
}
