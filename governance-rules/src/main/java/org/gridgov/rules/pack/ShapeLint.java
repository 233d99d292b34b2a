package org.gridgov.rules.pack;

import java.util.List;
import org.gridgov.i18n.Bilingual;

/**
 * Limits on the shape of a policy file, checked before Drools sees it: Drools' parsers recurse once per bracket,
 * so a rule nested a few thousand brackets deep ends the loading thread with a {@link StackOverflowError} instead of
 * a message, and a file of many megabytes is no file a person wrote. A file may be at most {@value #MAX_CHARS}
 * characters long and nest round, square and curly brackets at most {@value #MAX_DEPTH} deep (brackets in texts and
 * comments do not count); beyond that it is refused at the line and column where the limit is passed.
 */
final class ShapeLint {
    /** The deepest nesting of brackets a rule file may have. */
    static final int MAX_DEPTH = 64;
    /** The most characters a rule file may have: a mebi, some hundred times the largest shipped file. */
    static final int MAX_CHARS = 1 << 20;

    private ShapeLint() {
    }

    /** Adds an error if the file is too large or too deeply nested; true if it is neither. */
    static boolean check(SourceFile f, List<PackProblem> problems) {
        if (f.kind() == SourceFile.Kind.XLSX_TABLE) {
            return true;
        }
        String text = f.text();
        if (text.length() > MAX_CHARS) {
            problems.add(PackProblem.error(f.pack(), f.path(), 0, Bilingual.of(
                    "文件过大 (" + text.length() + " 个字符, 最多 " + MAX_CHARS + "): 请拆成几个文件",
                    "the file is too large (" + text.length() + " characters, at most " + MAX_CHARS
                            + "): split it into several files")));
            return false;
        }
        // A table's cells quote their texts CSV-style (""), so there only brackets are counted.
        int at = tooDeep(text, f.kind() != SourceFile.Kind.CSV_TABLE);
        if (at < 0) {
            return true;
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        Bilingual message = Bilingual.of("括号嵌套超过 " + MAX_DEPTH + " 层: 请检查是否多写了括号, 或把条件拆开",
                "brackets are nested more than " + MAX_DEPTH + " deep: check for brackets written twice, or split "
                        + "the condition");
        problems.add(f.kind() == SourceFile.Kind.CSV_TABLE
                ? PackProblem.error(f.pack(), f.path(), 0, Bilingual.of(message.zh() + " (第 " + line + " 行)",
                        message.en() + " (row " + line + ")"))
                : PackProblem.errorAt(f.pack(), f.path(), line, at - lineStart + 1, message));
        return false;
    }

    /** The offset of the bracket that goes deeper than the limit, or -1. */
    static int tooDeep(String text, boolean skipTexts) {
        int depth = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (skipTexts && (c == '"' || c == '\'')) {
                i = ActionPlace.afterQuoted(text, i);
                continue;
            }
            if (skipTexts && text.startsWith("//", i)) {
                int end = text.indexOf('\n', i);
                i = end < 0 ? text.length() : end;
                continue;
            }
            if (skipTexts && text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? text.length() : end + 2;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                if (++depth > MAX_DEPTH) {
                    return i;
                }
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            }
            i++;
        }
        return -1;
    }
}
