package org.gridgov.rules.pack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes small xlsx decision tables for tests. */
final class Spreadsheets {
    private Spreadsheets() {
    }

    /** One sheet; numbers-looking texts stay texts except where {@code numeric} marks a column. */
    static byte[] xlsx(String sheetName, String[][] rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(sheetName);
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] == null || rows[r][c].isEmpty()) {
                        row.createCell(c); // blank cells exist, as in a sheet people edited
                    } else {
                        if (rows[r][c].matches("\\d+")) {
                            row.createCell(c).setCellValue(Integer.parseInt(rows[r][c]));
                        } else {
                            row.createCell(c).setCellValue(rows[r][c]);
                        }
                    }
                }
            }
            if (rows.length > 2 && rows[2].length > 2 && rows[2][1].contains("RoutingCase") && rows[2][2].isEmpty()) {
                // The pattern cell spans both condition columns, as people merge it in Excel.
                sheet.addMergedRegion(new CellRangeAddress(2, 2, 1, 2));
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A routing table: rows 1-5 are RuleTable, keywords, pattern, templates, labels; data from row 6. */
    static String[][] routingTable(String conditionKeyword, String... dataRows) {
        String[][] rows = new String[5 + dataRows.length][];
        rows[0] = new String[] {"", "RuleTable Routing"};
        rows[1] = new String[] {"", conditionKeyword, "CONDITION", "ACTION"};
        rows[2] = new String[] {"", "$c : RoutingCase", "", ""};
        rows[3] = new String[] {"", "within(\"$param\")", "severityRank >= $param", "$c.handleAt(\"$param\");"};
        rows[4] = new String[] {"", "类别", "严重度", "层级"};
        for (int i = 0; i < dataRows.length; i++) {
            String[] cells = dataRows[i].split("\\|");
            rows[5 + i] = new String[] {"", cells[0], cells[1], cells[2]};
        }
        return rows;
    }
}
