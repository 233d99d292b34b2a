package org.gridgov.rules.pack;

import java.util.Optional;

/**
 * Finds in a rule file the place Drools names in its own copy of a rule's action. Drools parses a consequence as
 * the block {@code "{\n" + action.trim() + "\n}"} and reports the first token it could not take as a position in
 * that block, pointing at the last token it did take (measured: {@code (line 2,col 19) … Found "$c"} for
 * {@code $c.handleAt("grid")} followed by a line without the {@code ;}). Its message's own line is the rule's first
 * line, which is where a policy officer would never look: this maps the block's position back to the file and steps
 * over that last good token to the one that broke the action.
 */
final class ActionPlace {

    /**
     * A place in a unit's text.
     *
     * @param line   1-based line
     * @param column 1-based column, counting a tab as one column as Drools' parser does
     */
    record Place(int line, int column) {
    }

    private ActionPlace() {
    }

    /**
     * The place in {@code unit} of a position Drools gave in the action block of the rule declared at or after
     * {@code ruleLine}.
     *
     * @param blockLine   line in the block (line 1 is Drools' {@code {}, line 2 the action's first line)
     * @param blockColumn column in that line
     * @param atEnd       true if the parser ran out of input, so the last good token is the place to show
     * @return empty if the rule has no {@code then} after that line
     */
    static Optional<Place> of(Unit unit, int ruleLine, int blockLine, int blockColumn, boolean atEnd) {
        String text = unit.drl();
        int then = thenEnd(text, startOfLine(text, ruleLine));
        if (then < 0) {
            return Optional.empty();
        }
        int first = skipSpace(text, then);
        int at = offsetInBlock(text, first, blockLine, blockColumn);
        if (!atEnd) {
            at = skipSpaceAndComments(text, skipToken(text, at));
        }
        at = Math.min(at, text.length());
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        return Optional.of(new Place(unit.lineAt(at), at - lineStart + 1));
    }

    /** The offset of a block position: line 2 starts at the action's first character, later lines at theirs. */
    private static int offsetInBlock(String text, int first, int blockLine, int blockColumn) {
        int lineStart = first;
        for (int l = 2; l < blockLine; l++) {
            int next = text.indexOf('\n', lineStart);
            if (next < 0) {
                break;
            }
            lineStart = next + 1;
        }
        return Math.min(text.length(), lineStart + Math.max(0, blockColumn - 1));
    }

    static int startOfLine(String text, int line) {
        int at = 0;
        for (int l = 1; l < line && at >= 0; l++) {
            at = text.indexOf('\n', at);
            at = at < 0 ? -1 : at + 1;
        }
        return Math.max(0, at);
    }

    /** The offset just after the first {@code then} keyword from {@code from}, outside strings and comments. */
    static int thenEnd(String text, int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                i = afterQuoted(text, i);
            } else if (text.startsWith("//", i) || text.startsWith("/*", i)) {
                i = afterComment(text, i);
            } else if (Character.isJavaIdentifierStart(c)) {
                int end = afterIdentifier(text, i);
                if (text.substring(i, end).equals("then")) {
                    return end;
                }
                i = end;
            } else {
                i++;
            }
        }
        return -1;
    }

    /** Steps over the token at {@code at}: a quoted text, a name, a number, or one sign. */
    private static int skipToken(String text, int at) {
        if (at >= text.length()) {
            return at;
        }
        char c = text.charAt(at);
        if (c == '"' || c == '\'') {
            return afterQuoted(text, at);
        }
        if (Character.isJavaIdentifierStart(c) || Character.isDigit(c)) {
            return afterIdentifier(text, at);
        }
        return at + 1;
    }

    private static int skipSpace(String text, int at) {
        int i = at;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipSpaceAndComments(String text, int at) {
        int i = skipSpace(text, at);
        while (text.startsWith("//", i) || text.startsWith("/*", i)) {
            i = skipSpace(text, afterComment(text, i));
        }
        return i;
    }

    /** The index after a quoted string starting at {@code open} (its quote), or the end of its line if unclosed. */
    static int afterQuoted(String text, int open) {
        char quote = text.charAt(open);
        int i = open + 1;
        while (i < text.length() && text.charAt(i) != quote && text.charAt(i) != '\n') {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(text.length(), i + 1);
    }

    private static int afterComment(String text, int start) {
        if (text.startsWith("//", start)) {
            int end = text.indexOf('\n', start);
            return end < 0 ? text.length() : end;
        }
        int end = text.indexOf("*/", start + 2);
        return end < 0 ? text.length() : end + 2;
    }

    private static int afterIdentifier(String text, int start) {
        int i = start + 1;
        while (i < text.length() && Character.isJavaIdentifierPart(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
