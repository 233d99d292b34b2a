package org.gridgov.rules.pack;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridgov.i18n.Bilingual;

/**
 * Drools' compile messages in words a policy officer understands, and the places they point at. Drools' own text
 * is kept as a detail at the end of each message.
 */
final class DroolsMessages {
    private static final Pattern SYNTAX = Pattern.compile("\\[ERR \\d+\\] Line (\\d+):(\\d+) (.*)");
    private static final List<Pattern> EXPRESSION = List.of(
            Pattern.compile("Unable to parse left part of expression:\\s*(.+?)\\s*$", Pattern.MULTILINE),
            Pattern.compile("Unable to Analyse Expression\\s*(.+?):?\\s*$", Pattern.MULTILINE),
            Pattern.compile("Unable to (?:parse|analy[sz]e) (?:expression|constraint)\\s*:?\\s*(.+?)\\s*$",
                    Pattern.MULTILINE | Pattern.CASE_INSENSITIVE));
    private static final Pattern RULE_NAME = Pattern.compile("rule \"([^\"]+)\"|rule: ([^\\s,]+)");
    private static final Pattern FIELD = Pattern.compile("^(?:\\$\\w+\\s*\\.\\s*)?([A-Za-z_]\\w*)");
    private static final Pattern UNDEFINED_METHOD =
            Pattern.compile("The method (\\w+)\\(([^)]*)\\) is undefined for the type (\\w+)");
    private static final Pattern INPUT_STRING = Pattern.compile("For input string: \"([^\"]*)\"");
    /** Drools' message for an action it cannot parse, with a position in its own copy of the action. */
    private static final Pattern ACTION = Pattern.compile(
            "Unable to parse consequence caused by: \\(line (\\d+),\\s*col (\\d+)\\) Parse error\\. Found\\s+(\"[^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+\"|<EOF>|<\\w+>)");
    private static final Pattern EXPECTED_LIST = Pattern.compile(",? expected one of .*$", Pattern.DOTALL);

    private DroolsMessages() {
    }

    /**
     * A translated message.
     *
     * @param message    the words for people
     * @param expression the expression Drools complains about, to find its line, if it names one
     * @param ruleName   the rule Drools names, if any
     * @param action     where in its copy of a rule's action Drools stopped parsing, for an action it cannot parse
     */
    record Translated(Bilingual message, Optional<String> expression, Optional<String> ruleName,
                      Optional<ActionSpot> action) {
        Translated(Bilingual message, Optional<String> expression, Optional<String> ruleName) {
            this(message, expression, ruleName, Optional.empty());
        }
    }

    /**
     * A position in Drools' copy of a rule's action ({@link ActionPlace} finds it in the file).
     *
     * @param line   line in the copy
     * @param column column in the copy
     * @param atEnd  true if the action ended before Drools could make sense of it
     */
    record ActionSpot(int line, int column, boolean atEnd) {
    }

    static Translated translate(String droolsText) {
        String text = droolsText == null ? "" : droolsText;
        String detail = detail(text);
        Optional<String> rule = ruleName(text);
        Matcher syntax = SYNTAX.matcher(text);
        if (syntax.find()) {
            String near = syntax.group(3).replaceAll("\\s+in rule.*$", "");
            return new Translated(Bilingual.of(
                    "规则写法有误 (" + near + "), 常见原因是少了或多了括号、引号、逗号, 或 when/then/end 不成对 (Drools: "
                            + detail + ")",
                    "the rule is not written correctly (" + near + "); often a bracket, quote or comma is missing or "
                            + "extra, or when/then/end do not pair up (Drools: " + detail + ")"),
                    Optional.empty(), rule);
        }
        Matcher action = ACTION.matcher(text);
        if (action.find()) {
            return inAction(action, text, rule);
        }
        for (Pattern p : EXPRESSION) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                String expr = m.group(1).strip();
                Matcher f = FIELD.matcher(expr);
                if (f.find() && !FactModel.knows(f.group(1))) {
                    String field = f.group(1);
                    return new Translated(Bilingual.of(
                            "条件 \"" + expr + "\" 中的字段 " + field + " 不存在 (可用: " + FactModel.fieldList()
                                    + ") (Drools: " + detail + ")",
                            "the field '" + field + "' in condition \"" + expr + "\" does not exist (available: "
                                    + FactModel.fieldList() + ") (Drools: " + detail + ")"),
                            Optional.of(expr), rule);
                }
                return new Translated(Bilingual.of(
                        "无法理解条件 \"" + expr + "\": 值的类型可能不对 (数字不要加引号, 文字要加引号) (Drools: " + detail + ")",
                        "the condition \"" + expr + "\" cannot be understood: a value may be of the wrong kind "
                                + "(numbers without quotes, texts in quotes) (Drools: " + detail + ")"),
                        Optional.of(expr), rule);
            }
        }
        Matcher method = UNDEFINED_METHOD.matcher(text);
        if (method.find()) {
            // An action (then part) calls something the fact does not offer; the call's name finds its line.
            String name = method.group(1);
            String type = method.group(3);
            return new Translated(Bilingual.of(
                    "动作中调用的 " + name + " 不存在: " + type + " 没有这个方法, 请查看可用的动作 (Drools: " + detail + ")",
                    "the action calls " + name + ", which " + type + " does not have; check the actions "
                            + "available (Drools: " + detail + ")"),
                    Optional.of(name + "("), rule);
        }
        return new Translated(Bilingual.of("Drools 无法编译这里的规则 (Drools: " + detail + ")",
                "Drools cannot compile the rule here (Drools: " + detail + ")"), Optional.empty(), rule);
    }

    private static Translated inAction(Matcher action, String text, Optional<String> rule) {
        String found = action.group(3);
        boolean atEnd = found.equals("<EOF>");
        // The list of every token Drools would have taken says nothing to a person; the token it found does.
        String detail = detail(EXPECTED_LIST.matcher(text.strip().lines().findFirst().orElse("")).replaceFirst(""));
        Bilingual message = atEnd
                ? Bilingual.of("规则的动作 (then 部分) 写法有误: 动作没写完就结束了, 常见原因是少了右括号、引号或分号 (Drools: "
                        + detail + ")",
                "the rule's action (then part) is not written correctly: it ends before it is complete; often a "
                        + "closing bracket, a quote or a semicolon is missing (Drools: " + detail + ")")
                : Bilingual.of("规则的动作 (then 部分) 写法有误: 这里不应出现 " + found
                        + ", 常见原因是前面少了或多了括号、引号或分号 (Drools: " + detail + ")",
                "the rule's action (then part) is not written correctly: " + found + " is not expected here; often a "
                        + "bracket, a quote or a semicolon before it is missing or extra (Drools: " + detail + ")");
        return new Translated(message, Optional.empty(), rule, Optional.of(new ActionSpot(
                Integer.parseInt(action.group(1)), Integer.parseInt(action.group(2)), atEnd)));
    }

    /** An exception thrown by Drools while building, in plain words; the literal it choked on, if it names one. */
    static Translated fromException(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String detail = detail(root.getClass().getSimpleName() + ": " + root.getMessage());
        Matcher m = INPUT_STRING.matcher(String.valueOf(root.getMessage()));
        if (root instanceof NumberFormatException && m.find()) {
            String value = m.group(1);
            return new Translated(Bilingual.of(
                    "值 \"" + value + "\" 不是数字, 但这里比较的是数字 (数字不要加引号) (Drools: " + detail + ")",
                    "the value \"" + value + "\" is not a number, but a number is compared here (write numbers "
                            + "without quotes) (Drools: " + detail + ")"),
                    Optional.of("\"" + value + "\""), Optional.empty());
        }
        return new Translated(Bilingual.of("Drools 编译时出错 (Drools: " + detail + ")",
                "Drools failed while compiling (Drools: " + detail + ")"), Optional.empty(), Optional.empty());
    }

    private static Optional<String> ruleName(String text) {
        Matcher m = RULE_NAME.matcher(text);
        return m.find() ? Optional.of(m.group(1) != null ? m.group(1) : m.group(2)) : Optional.empty();
    }

    /** Drools' text, first line only and not too long. */
    private static String detail(String text) {
        String first = text.strip().lines().findFirst().orElse("").strip();
        return first.length() > 300 ? first.substring(0, 300) + "…" : first;
    }
}
