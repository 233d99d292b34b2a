package org.gridgov.rules.pack;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.gridgov.i18n.Bilingual;

/**
 * One problem in a rule pack, located as precisely as the file allows, in words a policy officer can act on.
 *
 * @param severity {@link Severity#ERROR} keeps the pack from loading; {@link Severity#WARNING} does not
 * @param pack     the id of the pack the file belongs to (or the folder's description when the id is unknown)
 * @param file     the file's path relative to the pack folder, e.g. {@code rules/routing.drl.csv}
 * @param line     1-based line, or 0 when unknown (always 0 for spreadsheet files, which have cells instead)
 * @param sheet    for decision tables, the sheet (for a CSV table: the file name without {@code .drl.csv})
 * @param cell     for decision tables, the cell in spreadsheet notation, e.g. {@code C12}
 * @param message  what is wrong and what to do, in Chinese and English; Drools' own text, if any, at the end
 * @param column   1-based column of the mistake in its line, or 0 when unknown
 */
public record PackProblem(Severity severity, String pack, String file, int line, Optional<String> sheet,
                          Optional<String> cell, Bilingual message, int column) {

    /** How bad a problem is. */
    public enum Severity {
        /** The pack cannot be used until this is fixed. */
        ERROR,
        /** The pack loads, but something is probably not what its authors meant. */
        WARNING
    }

    /** @throws NullPointerException if any part is null */
    public PackProblem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(message, "message");
        line = Math.max(0, line);
        column = line == 0 ? 0 : Math.max(0, column);
    }

    /** A problem without a known column. */
    public PackProblem(Severity severity, String pack, String file, int line, Optional<String> sheet,
                       Optional<String> cell, Bilingual message) {
        this(severity, pack, file, line, sheet, cell, message, 0);
    }

    /** An error at a line and column of a text file. */
    public static PackProblem errorAt(String pack, String file, int line, int column, Bilingual message) {
        return new PackProblem(Severity.ERROR, pack, file, line, Optional.empty(), Optional.empty(), message, column);
    }

    /** An error at a line of a text file (0: the file as a whole). */
    public static PackProblem error(String pack, String file, int line, Bilingual message) {
        return new PackProblem(Severity.ERROR, pack, file, line, Optional.empty(), Optional.empty(), message);
    }

    /** A warning at a line of a text file (0: the file as a whole). */
    public static PackProblem warning(String pack, String file, int line, Bilingual message) {
        return new PackProblem(Severity.WARNING, pack, file, line, Optional.empty(), Optional.empty(), message);
    }

    /** A problem at a cell of a decision table. */
    public static PackProblem atCell(Severity severity, String pack, String file, String sheet, String cell,
                                     Bilingual message) {
        return new PackProblem(severity, pack, file, 0, Optional.of(sheet), Optional.of(cell), message);
    }

    /** True for {@link Severity#ERROR}. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * The problem in one line, in the locale's language (Chinese for any {@code zh} locale, English otherwise):
     * {@code 错误 [city] rules/routing.drl 第12行第5列: …} or {@code error [city] rules/t.drl.csv, sheet t, cell C12: …}.
     */
    public String describe(Locale locale) {
        boolean zh = "zh".equals(locale.getLanguage());
        StringBuilder out = new StringBuilder();
        out.append(zh ? (isError() ? "错误" : "警告") : (isError() ? "error" : "warning"));
        out.append(" [").append(pack).append("] ").append(file);
        sheet.ifPresent(s -> out.append(zh ? " 表 " : ", sheet ").append(s));
        cell.ifPresent(c -> out.append(zh ? " 单元格 " : ", cell ").append(c));
        if (line > 0) {
            out.append(zh ? " 第" + line + "行" : ", line " + line);
            if (column > 0) {
                out.append(zh ? "第" + column + "列" : ", column " + column);
            }
        }
        return out.append(": ").append(message.in(locale)).toString();
    }

    @Override
    public String toString() {
        return describe(Locale.ENGLISH);
    }
}
