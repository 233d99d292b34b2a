package org.gridgov.rules.pack;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.gridgov.i18n.Bilingual;

/**
 * Reads a decision table file into its sheets, each a grid of cell texts as the policy staff see them (numbers
 * and dates formatted as shown), so that {@link DecisionTable} can check and compile them cell by cell.
 */
final class DecisionTableReader {
    private DecisionTableReader() {
    }

    /**
     * The sheets of a {@code *.drl.csv} or {@code *.drl.xlsx} file that hold a {@code RuleTable}. A CSV file is one
     * sheet named after the file. A workbook that cannot be opened adds one error at the file and gives no sheets.
     */
    static List<DecisionTable> read(SourceFile file, List<PackProblem> problems) {
        List<DecisionTable> sheets = file.kind() == SourceFile.Kind.CSV_TABLE ? List.of(csv(file))
                : workbook(file, problems);
        return sheets.stream().filter(DecisionTable::hasRuleTable).toList();
    }

    private static DecisionTable csv(SourceFile file) {
        String stem = file.name().substring(0, file.name().length() - ".drl.csv".length());
        return new DecisionTable(file, stem, Csv.parse(file.text()));
    }

    private static List<DecisionTable> workbook(SourceFile file, List<PackProblem> problems) {
        List<DecisionTable> out = new ArrayList<>();
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(file.bytes()))) {
            DataFormatter fmt = new DataFormatter(Locale.ROOT);
            for (Sheet s : wb) {
                out.add(new DecisionTable(file, s.getSheetName(), grid(s, fmt)));
            }
            return out;
        } catch (Exception | LinkageError e) {
            // POI throws many kinds for a damaged file; the user needs one located message, not the kind.
            problems.add(PackProblem.error(file.pack(), file.path(), 0, Bilingual.of(
                    "无法打开表格文件, 它可能已损坏或不是 xlsx 格式 (" + e.getMessage() + ")",
                    "cannot open the spreadsheet; it may be damaged or not in xlsx format (" + e.getMessage() + ")")));
            return List.of();
        }
    }

    private static List<List<String>> grid(Sheet sheet, DataFormatter fmt) {
        List<List<String>> grid = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            grid.add(cells(sheet.getRow(r), fmt));
        }
        return grid;
    }

    private static List<String> cells(Row row, DataFormatter fmt) {
        List<String> cells = new ArrayList<>();
        if (row != null) {
            for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                Cell cell = row.getCell(c);
                cells.add(cell == null ? "" : fmt.formatCellValue(cell));
            }
        }
        return cells;
    }
}
