package org.gridgov.rules.pack;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule as declared in a unit's text, found before compiling so that overrides, disabled rules and duplicate
 * names are known per pack and file.
 *
 * @param unit the unit
 * @param name the rule's name
 * @param line the line of its {@code rule} keyword in the unit's text
 */
record RuleDecl(Unit unit, String name, int line) {
    private static final Pattern RULE = Pattern.compile(
            // Quoted names unrolled ([^"\\]*+ then escapes): "(?:[^"\\]|\\.)*" recurses once per character and
            // overflows the stack on a name of a few thousand characters.
            "(?m)(?:^|;)[ \\t]*rule[ \\t]+(?:\"([^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+)\"|'([^'\\\\]*+(?:\\\\.[^'\\\\]*+)*+)'"
                    + "|([^\\s\"']+))");

    static List<RuleDecl> scan(Unit unit) {
        List<RuleDecl> out = new ArrayList<>();
        Matcher m = RULE.matcher(unit.drl());
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            out.add(new RuleDecl(unit, name, unit.lineAt(m.start())));
        }
        return out;
    }

    String pack() {
        return unit.origin().pack();
    }

    /** Where the rule is, for messages: {@code rules/a.drl:12}. */
    String where() {
        return unit.origin().path() + (unit.table().isPresent() ? "" : ":" + line);
    }
}
