package org.gridgov.rules.pack;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridgov.i18n.Bilingual;
import org.gridgov.rules.sandbox.AllowList;

/**
 * Early, friendly feedback on imports: an import must name a class the sandbox's allow-list knows. This is not the
 * guard (an import is only a name; what runs is checked on the compiled code by {@link CompiledCodeLint}), but it
 * tells the author at the import line instead of at the first use.
 */
final class ImportLint {
    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(?:static\\s+|function\\s+)?([\\w.*$]+)");

    private ImportLint() {
    }

    /** What is wrong with one line (or table cell) of policy text, if anything. */
    static Optional<Bilingual> check(String line) {
        Matcher imp = IMPORT.matcher(line);
        if (!imp.find()) {
            return Optional.empty();
        }
        String name = imp.group(1);
        boolean isStatic = line.contains("static") || line.contains("function");
        String type = isStatic && !name.endsWith(".*") ? name.substring(0, Math.max(0, name.lastIndexOf('.'))) : name;
        if (isStatic && name.endsWith(".*")) {
            type = name.substring(0, name.length() - 2);
        }
        if (AllowList.standard().allowsImport(type)) {
            return Optional.empty();
        }
        return Optional.of(Bilingual.of(
                "不允许导入 " + name + ": 规则只能使用 org.gridgov.rules.facts 中的事实类以及文字、数字、Math、java.time 的值和只读集合"
                        + " (见 docs/pack-problems.md)",
                "import of " + name + " is not allowed: rules may use the fact classes of org.gridgov.rules.facts "
                        + "and text, numbers, Math, java.time values and read-only collections only (see "
                        + "docs/pack-problems.md)"));
    }

    /** Checks every line of a text file. */
    static void checkText(SourceFile file, List<PackProblem> problems) {
        String[] lines = file.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int line = i + 1;
            check(lines[i]).ifPresent(m -> problems.add(PackProblem.error(file.pack(), file.path(), line, m)));
        }
    }
}
