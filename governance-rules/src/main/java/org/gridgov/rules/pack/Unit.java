package org.gridgov.rules.pack;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One DRL text handed to Drools, and where it came from: a DRL file, an expanded DSLR file, or one sheet of a
 * decision table.
 *
 * @param origin       the pack file
 * @param drl          the DRL text, with the same line numbers as the file (for tables: the generated DRL)
 * @param packageName  the DRL package its rules are compiled into
 * @param table        the sheet, for a decision table
 * @param resourcePath the path in the KieFileSystem, which Drools' messages name
 */
record Unit(SourceFile origin, String drl, String packageName, Optional<DecisionTable> table, String resourcePath) {
    static final String FACTS_IMPORT = "import org.gridgov.rules.facts.*;";
    private static final Pattern PACKAGE = Pattern.compile("(?m)^[ \\t]*package[ \\t]+([\\w.]+)[ \\t]*;?");

    /**
     * A unit for DRL text: the pack's default package is declared if the text declares none, and the fact classes
     * are imported, both on an existing line so that line numbers stay those of the file.
     */
    static Unit of(SourceFile origin, String drl, String defaultPackage, Optional<DecisionTable> table, int index) {
        Matcher m = PACKAGE.matcher(drl);
        String text;
        String pkg;
        if (m.find()) {
            pkg = m.group(1);
            text = drl.substring(0, m.end()) + (m.group().endsWith(";") ? " " : "; ") + FACTS_IMPORT
                    + drl.substring(m.end());
        } else {
            pkg = defaultPackage;
            text = "package " + defaultPackage + "; " + FACTS_IMPORT + " " + drl;
        }
        return new Unit(origin, text, pkg, table, "src/main/resources/" + pkg.replace('.', '/') + "/unit" + index + ".drl");
    }

    /** The 1-based line of a character offset in the DRL text. */
    int lineAt(int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < drl.length(); i++) {
            if (drl.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
