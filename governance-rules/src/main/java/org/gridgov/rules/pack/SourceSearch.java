package org.gridgov.rules.pack;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridgov.rules.sandbox.Refusal;

/**
 * Finds where in a unit's text a person wrote what the sandbox refused. The text is searched as the compiler read
 * it: unicode escapes decoded and comments blanked (line breaks kept, so lines stay those of the file).
 */
final class SourceSearch {
    /** A place in a unit: 1-based line and column (0 when unknown). */
    record Found(int line, int column) {
    }

    private static final Pattern UNICODE = Pattern.compile("\\\\u+([0-9a-fA-F]{4})");
    private static final Pattern COMMENT = Pattern.compile("//[^\n]*|/\\*(?s:.*?)\\*/");
    private static final Pattern LOOP = Pattern.compile("\\b(?:for|while|do)\\b");
    private static final Pattern RULE_START = Pattern.compile("^\\s*rule\\s");

    private SourceSearch() {
    }

    /** Within the rule starting at a line: the first line naming the refused thing, else the rule's line. */
    static Found inRule(Unit unit, int ruleLine, Refusal r) {
        String[] lines = readable(unit.drl()).split("\n", -1);
        Pattern want = pattern(r);
        for (int i = ruleLine; i < lines.length; i++) {
            if (i > ruleLine && RULE_START.matcher(lines[i]).find()) {
                break;
            }
            Matcher m = want.matcher(lines[i]);
            if (m.find()) {
                return new Found(i + 1, m.start() + 1);
            }
        }
        Matcher m = want.matcher(lines[ruleLine - 1]);
        return m.find() ? new Found(ruleLine, m.start() + 1) : new Found(ruleLine, 0);
    }

    /** The {@code function}, {@code global} or {@code declare} the refused code belongs to, if the unit has it. */
    static Optional<Found> declaration(Unit unit, Refusal r) {
        String type = r.className().substring(r.className().lastIndexOf('/') + 1);
        String text = readable(unit.drl());
        if (r.simpleName().equals("globalOf")) {
            return first(text, Pattern.compile("\\bglobal\\s"));
        }
        if (!r.method().isEmpty()) {
            Optional<Found> f = first(text, Pattern.compile("\\bfunction\\s+[\\w.<>\\[\\], ]+?\\s+"
                    + Pattern.quote(r.method()) + "\\s*\\("));
            if (f.isPresent()) {
                return Optional.of(inRuleOr(unit, f.get(), r));
            }
        }
        return first(text, Pattern.compile("\\bdeclare\\s+" + Pattern.quote(type) + "\\b"))
                .map(f -> inRuleOr(unit, f, r));
    }

    /** The first line of the unit naming the refused thing. */
    static Optional<Found> anywhere(Unit unit, Refusal r) {
        return first(readable(unit.drl()), pattern(r));
    }

    /** A line of a text, 1-based; empty if there is no such line. */
    static String lineOf(String text, int line) {
        String[] lines = text.split("\n", -1);
        return line >= 1 && line <= lines.length ? lines[line - 1] : "";
    }

    /** Inside a function starting at a line, the line naming the refused member, searching like a rule. */
    private static Found inRuleOr(Unit unit, Found start, Refusal r) {
        Found inside = inRule(unit, start.line(), r);
        return inside.column() > 0 ? inside : start;
    }

    private static Pattern pattern(Refusal r) {
        return switch (r.kind()) {
            case LOOP -> LOOP;
            case RECURSION -> Pattern.compile("\\b" + Pattern.quote(r.method()) + "\\s*\\(");
            default -> Pattern.compile("\\b" + Pattern.quote(r.simpleName()) + "\\b");
        };
    }

    private static Optional<Found> first(String text, Pattern p) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = p.matcher(lines[i]);
            if (m.find()) {
                return Optional.of(new Found(i + 1, m.start() + 1));
            }
        }
        return Optional.empty();
    }

    /** The text as the compiler reads it: unicode escapes decoded, comments blanked with line breaks kept. */
    static String readable(String text) {
        Matcher u = UNICODE.matcher(text);
        StringBuilder decoded = new StringBuilder();
        while (u.find()) {
            char ch = (char) Integer.parseInt(u.group(1), 16);
            // An escaped line break must not move the lines after it.
            u.appendReplacement(decoded, Matcher.quoteReplacement(ch == '\n' || ch == '\r' ? " " : String.valueOf(ch)));
        }
        u.appendTail(decoded);
        Matcher c = COMMENT.matcher(decoded);
        StringBuilder out = new StringBuilder();
        while (c.find()) {
            c.appendReplacement(out, Matcher.quoteReplacement(c.group().replaceAll("[^\n]", " ")));
        }
        c.appendTail(out);
        return out.toString();
    }
}
