package org.gridgov.rules.pack;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.parser.lang.ExpanderException;
import org.drools.drl.parser.lang.dsl.DSLTokenizedMappingFile;
import org.drools.drl.parser.lang.dsl.DefaultExpander;
import org.gridgov.i18n.Bilingual;
import org.kie.internal.builder.KnowledgeBuilderResult;

/**
 * Chinese DSL: reads {@code .dsl} sentences with their lines, refuses sentences that start with an untyped
 * variable (Drools captures the indentation into it and the rule silently never fires), expands {@code .dslr}
 * files to DRL with Drools' expander, and finds sentences no {@code .dslr} uses.
 */
final class DslSupport {
    private static final Pattern ENTRY = Pattern.compile("^\\s*\\[([^\\]]*)\\](?:\\[[^\\]]*\\])?(.*?)(?<!\\\\)=(.*)$");
    private static final Pattern LEADING_UNTYPED = Pattern.compile("^-?\\s*\\{(\\w+)\\}");

    private DslSupport() {
    }

    /** The sentences of a DSL file; an untyped leading variable is an error at its line. */
    static List<DslSentence> sentences(SourceFile dsl, List<PackProblem> problems) {
        List<DslSentence> out = new ArrayList<>();
        String[] lines = dsl.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i].strip();
            if (raw.isEmpty() || raw.startsWith("#") || raw.startsWith("//")) {
                continue;
            }
            Matcher m = ENTRY.matcher(raw);
            int line = i + 1;
            if (broken(raw)) {
                problems.add(PackProblem.error(dsl.pack(), dsl.path(), line, Bilingual.of(
                        "DSL 条目应写成 [范围]句子=展开内容, 这一行缺少句子或等号",
                        "a DSL entry is [scope]sentence=expansion; this line lacks the sentence or the '='")));
                continue;
            }
            if (!m.matches()) {
                continue;
            }
            String section = m.group(1).strip().toLowerCase(java.util.Locale.ROOT);
            String key = m.group(2).strip();
            Matcher lead = LEADING_UNTYPED.matcher(key);
            if (lead.find() && (section.equals("when") || section.equals("then") || section.equals("condition")
                    || section.equals("consequence"))) {
                String var = lead.group(1);
                String fixed = key.substring(0, key.indexOf('{')) + "{" + var + ":\\S+}" + key.substring(lead.end());
                problems.add(PackProblem.error(dsl.pack(), dsl.path(), line, Bilingual.of(
                        "句子 \"" + key + "\" 以变量 {" + var + "} 开头: Drools 会把行首的空格也算进变量, 规则会悄悄失效;"
                                + " 请写成带类型的变量, 如 " + fixed,
                        "the sentence \"" + key + "\" starts with the variable {" + var + "}: Drools captures the "
                                + "indentation into it and the rule silently never fires; use a typed variable, e.g. "
                                + fixed)));
            }
            out.add(new DslSentence(dsl, line, section, key, usagePattern(key)));
        }
        return out;
    }

    /**
     * Whether a line opens a DSL entry ({@code [condition]…}) without a sentence or an {@code =}. Drools' expander
     * loops for ever on an entry with an empty sentence (its pattern matches everywhere without advancing), and its
     * parser prints to the terminal on one without {@code =}: such lines never reach Drools.
     */
    static boolean broken(String line) {
        String raw = line.strip();
        if (!raw.startsWith("[")) {
            return false;
        }
        Matcher m = ENTRY.matcher(raw);
        return !m.matches() || m.group(2).isBlank();
    }

    /** The DSL text with its broken entries blanked, lines kept so that Drools' line numbers stay true. */
    private static String withoutBrokenEntries(String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (broken(lines[i])) {
                lines[i] = "";
            }
        }
        return String.join("\n", lines);
    }

    /** A pattern finding the sentence in a line: variables match anything (typed ones their own pattern). */
    static Pattern usagePattern(String key) {
        String k = key.startsWith("-") ? key.substring(1).strip() : key;
        StringBuilder re = new StringBuilder();
        int i = 0;
        while (i < k.length()) {
            char c = k.charAt(i);
            if (c == '{') {
                int depth = 1;
                int j = i + 1;
                while (j < k.length() && depth > 0) {
                    if (k.charAt(j) == '{') {
                        depth++;
                    } else if (k.charAt(j) == '}') {
                        depth--;
                    }
                    j++;
                }
                String inner = k.substring(i + 1, Math.max(i + 1, j - 1));
                int colon = inner.indexOf(':');
                re.append(colon < 0 ? ".+?" : "(?:" + inner.substring(colon + 1) + ")");
                i = j;
            } else if (Character.isWhitespace(c)) {
                re.append("\\s+");
                while (i < k.length() && Character.isWhitespace(k.charAt(i))) {
                    i++;
                }
            } else {
                if (c == '\\' && i + 1 < k.length()) {
                    i++;
                    c = k.charAt(i);
                }
                re.append(Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        try {
            return Pattern.compile(re.toString());
        } catch (java.util.regex.PatternSyntaxException e) {
            return Pattern.compile(Pattern.quote(k));
        }
    }

    /** A warning for each sentence of the pack's DSL files that no {@code .dslr} of the lineage uses. */
    static void warnUnused(String pack, List<DslSentence> sentences, List<SourceFile> dslrs,
                           List<PackProblem> problems) {
        for (DslSentence s : sentences) {
            if (!s.file().pack().equals(pack)) {
                continue;
            }
            boolean used = dslrs.stream().flatMap(f -> f.text().lines())
                    .anyMatch(l -> s.usage().matcher(l).find());
            if (!used) {
                problems.add(PackProblem.warning(s.file().pack(), s.file().path(), s.line(), Bilingual.of(
                        "句子 \"" + s.key() + "\" 没有被任何 .dslr 文件使用", "the sentence \"" + s.key()
                                + "\" is not used by any .dslr file")));
            }
        }
    }

    /** A DSLR file expanded to DRL with the DSL files of the lineage, or empty with problems. */
    static Optional<String> expand(SourceFile dslr, List<SourceFile> dsls, List<PackProblem> problems) {
        if (dsls.isEmpty()) {
            problems.add(PackProblem.error(dslr.pack(), dslr.path(), 0, Bilingual.of(
                    "这个 .dslr 文件用到的句子没有定义: 本包及其上级包都没有 .dsl 文件",
                    "this .dslr file uses DSL sentences, but neither this pack nor its parents has a .dsl file")));
            return Optional.empty();
        }
        DefaultExpander expander = new DefaultExpander();
        for (SourceFile dsl : dsls) {
            DSLTokenizedMappingFile mapping = new DSLTokenizedMappingFile();
            try {
                mapping.parseAndLoad(new StringReader(withoutBrokenEntries(dsl.text())));
            } catch (IOException | RuntimeException e) {
                problems.add(PackProblem.error(dsl.pack(), dsl.path(), 0, Bilingual.of(
                        "无法读取 DSL 文件 (" + e.getMessage() + ")", "cannot read the DSL file (" + e.getMessage() + ")")));
                continue;
            }
            for (KnowledgeBuilderResult r : mapping.getErrors()) {
                int[] lines = r.getLines();
                problems.add(PackProblem.error(dsl.pack(), dsl.path(), lines.length > 0 ? lines[0] : 0, Bilingual.of(
                        "DSL 句子写法有误 (Drools: " + r.getMessage() + ")",
                        "malformed DSL sentence (Drools: " + r.getMessage() + ")")));
            }
            expander.addDSLMapping(mapping.getMapping());
        }
        String drl;
        try {
            drl = expander.expand(dslr.text());
        } catch (RuntimeException e) {
            problems.add(PackProblem.error(dslr.pack(), dslr.path(), 0, Bilingual.of(
                    "无法展开 DSL 句子 (Drools: " + e + ")", "cannot expand the DSL sentences (Drools: " + e + ")")));
            return Optional.empty();
        }
        if (expander.hasErrors()) {
            for (ExpanderException e : expander.getErrors()) {
                String sentence = e.getMessage().replaceFirst("^No mapping entries for expanding:\\s*", "").strip();
                problems.add(PackProblem.error(dslr.pack(), dslr.path(), Math.max(0, e.getLine()), Bilingual.of(
                        "句子 \"" + sentence + "\" 在 .dsl 文件中没有定义 (Drools: " + e.getMessage() + ")",
                        "the sentence \"" + sentence + "\" is not defined in any .dsl file (Drools: " + e.getMessage()
                                + ")")));
            }
            return Optional.empty();
        }
        return Optional.of(drl);
    }
}
