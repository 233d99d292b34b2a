package org.gridgov.rules.pack;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridgov.i18n.Bilingual;

/**
 * Packs from outside are checked before they run: rules may use the domain model, not arbitrary Java. Imports
 * are limited to the fact classes and {@code java.lang}, {@code java.util}, {@code java.time}; names that reach
 * the system, threads, files, the network or reflection are refused wherever they appear, and so are the wall
 * clock, randomness and globals, which would make a decision depend on something other than its facts.
 */
final class SafetyLint {
    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(?:static\\s+|function\\s+)?([\\w.*$]+)");
    private static final List<String> ALLOWED = List.of("org.gridgov.rules.facts.", "java.util.", "java.time.",
            "java.lang.");
    private static final List<Pattern> FORBIDDEN = List.of(
            Pattern.compile("\\bSystem\\s*\\."), Pattern.compile("\\bRuntime\\b"), Pattern.compile("\\bThread\\b"),
            Pattern.compile("\\bProcessBuilder\\b"), Pattern.compile("\\bClass\\s*\\.\\s*forName"),
            Pattern.compile("\\bClassLoader\\b"), Pattern.compile("\\bgetClass\\s*\\("),
            Pattern.compile("\\bjava\\s*\\.\\s*(?:io|nio|net)\\b"), Pattern.compile("\\bjavax\\s*\\."),
            Pattern.compile("reflect"));
    /**
     * Rules are a function of their facts: decisions are explained, replayed on a simulated clock and memoised
     * by what rules read of a case, so the wall clock, randomness and globals are refused.
     */
    private static final List<Pattern> NONDETERMINISTIC = List.of(
            Pattern.compile("\\.\\s*now\\s*\\("), Pattern.compile("\\bMath\\s*\\.\\s*random\\b"),
            Pattern.compile("\\brandomUUID\\b"), Pattern.compile("\\bnew\\s+(?:Secure)?Random\\b"),
            Pattern.compile("\\bClock\\s*\\."), Pattern.compile("^\\s*global\\s"));

    private SafetyLint() {
    }

    /** What is wrong with one line (or table cell) of policy text, if anything. */
    static Optional<Bilingual> check(String line) {
        Matcher imp = IMPORT.matcher(line);
        if (imp.find()) {
            String name = imp.group(1);
            if (ALLOWED.stream().noneMatch(name::startsWith)) {
                return Optional.of(Bilingual.of(
                        "不允许导入 " + name + ": 规则只能使用 org.gridgov.rules.facts 中的事实类以及 java.lang、java.util、java.time",
                        "import of " + name + " is not allowed: rules may use the fact classes of "
                                + "org.gridgov.rules.facts and java.lang, java.util, java.time only"));
            }
        }
        for (Pattern p : FORBIDDEN) {
            Matcher m = p.matcher(line);
            if (m.find()) {
                return Optional.of(Bilingual.of(
                        "不允许使用 \"" + m.group() + "\": 规则只能使用领域模型, 不能调用系统、线程、文件、网络或反射",
                        "\"" + m.group() + "\" is not allowed: rules may use the domain model, not the system, threads, "
                                + "files, the network or reflection"));
            }
        }
        for (Pattern p : NONDETERMINISTIC) {
            Matcher m = p.matcher(line);
            if (m.find()) {
                return Optional.of(Bilingual.of(
                        "不允许使用 \"" + m.group().strip() + "\": 规则只能依据事实作出决定, 不能读取系统时钟、随机数或全局变量",
                        "\"" + m.group().strip() + "\" is not allowed: rules decide on their facts alone, not on the "
                                + "clock, random numbers or globals"));
            }
        }
        return Optional.empty();
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
