package org.gridgov.rules.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.rules.pack.TestPacks.failed;
import static org.gridgov.rules.pack.TestPacks.load;
import static org.gridgov.rules.pack.TestPacks.loaded;
import static org.gridgov.rules.pack.TestPacks.pack;
import static org.gridgov.rules.pack.TestPacks.write;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per kind of mistake in a pack: each gives a failed load (or a warning) with its exact location. */
class BrokenPacksAreReportedWithTheirLocationTest {
    @TempDir
    Path dir;

    private static PackProblem onlyError(List<PackProblem> problems) {
        List<PackProblem> errors = problems.stream().filter(PackProblem::isError).toList();
        assertThat(errors).as("errors in %s", problems).hasSize(1);
        return errors.get(0);
    }

    @Test
    void drlSyntaxErrorNamesFileAndLine() {
        PackProblem p = onlyError(failed(load(pack(dir, "syntax", "rules/broken.drl", """
                rule "缺括号"
                when
                    $c : RoutingCase(within("environment")
                then
                    $c.handleAt("community");
                end
                """))));

        assertThat(p.file()).isEqualTo("rules/broken.drl");
        assertThat(p.line()).isEqualTo(4);
        assertThat(p.message().zh()).startsWith("规则写法有误");
    }

    @Test
    void unknownFieldNamesFileLineAndField() {
        PackProblem p = onlyError(failed(load(pack(dir, "field", "rules/field.drl", """
                // 紧急度 (urgency) is not a field of RoutingCase
                rule "紧急事件"
                when
                    $c : RoutingCase(urgency == 3)
                then
                    $c.handleAt("street");
                end
                """))));

        assertThat(p.file()).isEqualTo("rules/field.drl");
        assertThat(p.line()).isEqualTo(4);
        assertThat(p.message().zh()).startsWith("条件 \"urgency == 3\" 中的字段 urgency 不存在");
        assertThat(p.message().en()).startsWith("the field 'urgency' in condition \"urgency == 3\" does not exist");
    }

    @Test
    void aDeliberationFactsFieldsAreKnownSoAWrongValueIsNotCalledAMissingField() {
        PackProblem wrongValue = onlyError(failed(load(pack(dir, "agenda", "rules/agenda.drl", """
                import org.gridgov.rules.facts.AgendaCase;
                rule "户数写成文字"
                when
                    $a : AgendaCase(households > "很多")
                then
                    $a.tableWithin("5 天");
                end
                """))));
        assertThat(wrongValue.message().en()).contains("\"很多\" is not a number").doesNotContain("does not exist");

        PackProblem misuse = onlyError(failed(load(pack(dir.resolve("misuse"), "misuse", "rules/misuse.drl", """
                import org.gridgov.rules.facts.AgendaCase;
                rule "户数与未加引号的词比较"
                when
                    $a : AgendaCase(households > lots)
                then
                    $a.tableWithin("5 天");
                end
                """))));
        assertThat(misuse.message().en()).as("households is a field of AgendaCase")
                .doesNotContain("field 'households'");

        PackProblem typo = onlyError(failed(load(pack(dir.resolve("typo"), "typo", "rules/typo.drl", """
                import org.gridgov.rules.facts.AgendaCase;
                rule "户数拼错"
                when
                    $a : AgendaCase(housholds > 5)
                then
                    $a.tableWithin("5 天");
                end
                """))));
        assertThat(typo.line()).isEqualTo(4);
        assertThat(typo.message().en()).startsWith("the field 'housholds' in condition \"housholds > 5\" does not exist");
    }

    @Test
    void anActionCallingAMethodTheFactLacksNamesFileLineAndMethod() {
        PackProblem p = onlyError(failed(load(pack(dir, "method", "rules/action.drl", """
                rule "交给社区"
                when
                    $c : RoutingCase(severityRank >= 1)
                then
                    $c.handleAt("community");
                    $c.sendTo("community", 100);
                end
                """))));

        assertThat(p.file()).isEqualTo("rules/action.drl");
        assertThat(p.line()).isEqualTo(6);
        assertThat(p.message().en()).startsWith("the action calls sendTo, which RoutingCase does not have");
        assertThat(p.message().zh()).startsWith("动作中调用的 sendTo 不存在");
    }

    @Test
    void aTypeErrorThatMakesDroolsThrowIsReportedNotThrown() {
        PackProblem p = onlyError(failed(load(pack(dir, "thrown", "rules/rank.drl", """
                rule "高严重度"
                when
                    $c : RoutingCase(severityRank == "high")
                then
                    $c.atLeast("street");
                end
                """))));

        assertThat(p.file()).isEqualTo("rules/rank.drl");
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message().en()).contains("\"high\" is not a number").contains("NumberFormatException");
    }

    @Test
    void anUntypedVariableStartingADslSentenceIsAnErrorAtItsLine() {
        Path p = pack(dir, "dsl", "rules/zh.dsl", """
                # 句子
                [when]{c}类事件=$c : RoutingCase(within("{c}"))
                [then]交给{l:\\S+}处理=$c.handleAt("{l}");
                """);
        write(p, "rules/zh.dslr", "rule \"r\"\nwhen\n    environment类事件\nthen\n    交给street处理\nend\n");

        PackProblem e = onlyError(failed(load(p)));

        assertThat(e.file()).isEqualTo("rules/zh.dsl");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.message().en()).contains("{c:\\S+}类事件");
    }

    /** Found by fuzzing: a DSL file of just {@code [condition]} made Drools' expander loop for ever. */
    @Test
    void aDslEntryWithoutItsSentenceIsAnErrorAtItsLineAndDoesNotHang() {
        Path p = pack(dir, "nosentence", "rules/zh.dsl", "# 句子\n[condition]\n[then]交给{l:\\S+}处理=$c.handleAt(\"{l}\");\n");
        write(p, "rules/zh.dslr", "rule \"r\"\nwhen\n    eval(true)\nthen\n    交给street处理\nend\n");

        List<PackProblem> problems = failed(load(p));

        assertThat(problems).filteredOn(PackProblem::isError).anySatisfy(e -> {
            assertThat(e.file()).isEqualTo("rules/zh.dsl");
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.message().en()).contains("lacks the sentence or the '='");
        });
    }

    @Test
    void aDslrWithoutAnyDslIsAnError() {
        PackProblem e = onlyError(failed(load(pack(dir, "nodsl", "rules/a.dslr", "rule \"r\"\nwhen\n  事件\nthen\nend\n"))));

        assertThat(e.file()).isEqualTo("rules/a.dslr");
        assertThat(e.message().en()).contains("has a .dsl file");
    }

    @Test
    void aCategoryTheCityDoesNotHaveIsAWarningAtItsLine() {
        PackLoadResult r = TestPacks.LOADER.load(PackSource.directory(TestPacks.family("city")),
                new PackContext(Set.of("environment", "noise", "garbage"), Set.of()));

        CompiledPack pack = loaded(r);
        assertThat(pack.warnings()).filteredOn(w -> w.message().en().contains("can never fire")).singleElement()
                .satisfies(w -> {
                    assertThat(w.pack()).isEqualTo("base");
                    assertThat(w.file()).isEqualTo("rules/zh.dslr");
                    assertThat(w.line()).isEqualTo(4);
                    assertThat(w.message().en()).isEqualTo(
                            "this rule can never fire: category safety is not in the city profile (its categories: "
                                    + "environment, garbage, noise)");
                    assertThat(w.message().zh()).isEqualTo("这条规则永远不会触发: 城市配置中没有类别 safety（本市类别: environment、garbage、noise）");
                });
    }

    @Test
    void aLevelTheCityDoesNotHaveIsAWarningAtItsCell() {
        PackLoadResult r = TestPacks.LOADER.load(PackSource.directory(TestPacks.family("city")),
                new PackContext(Set.of(), Set.of("grid", "community", "street", "district")));

        assertThat(loaded(r).warnings()).filteredOn(w -> w.message().en().contains("level city")).singleElement()
                .satisfies(w -> {
                    assertThat(w.file()).isEqualTo("rules/hotline.drl.csv");
                    assertThat(w.cell()).contains("C7");
                });
    }

    @Test
    void forbiddenImportsAndSystemCallsAreErrorsAtTheirLines() {
        List<PackProblem> problems = failed(load(pack(dir, "unsafe", "rules/unsafe.drl", """
                import java.io.File;
                import java.util.List;
                rule "退出"
                when
                    $c : RoutingCase()
                then
                    System.exit(0);
                end
                """)));

        assertThat(problems).extracting(PackProblem::file, PackProblem::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("rules/unsafe.drl", 1),
                org.assertj.core.groups.Tuple.tuple("rules/unsafe.drl", 7));
        assertThat(problems.get(0).message().en()).contains("import of java.io.File is not allowed");
        assertThat(problems.get(1).message().en()).contains("\"java.lang.System.exit\" is not allowed");
    }

    @Test
    void aTypeErrorInARulesActionNamesTheRuleFileAndTheActionsLine() {
        PackProblem p = onlyError(failed(load(pack(dir, "action", "rules/action.drl", """
                rule "网格"
                when
                    $c : RoutingCase()
                then
                    $c.handleAt("grid");
                    $c.limit(3);
                end
                """))));

        assertThat(p.file()).isEqualTo("rules/action.drl");
        assertThat(p.line()).isEqualTo(6);
        assertThat(p.message().en()).contains("limit(String)");
    }

    /** Twelve lines of notes and another rule, so that the broken rule starts at line 13 as in a real file. */
    private static final String TWELVE_LINES_BEFORE = """
            // 网格派单 (grid routing)
            // 1. 先交给网格
            // 2. 再看期限
            rule "先交网格"
            when
                $c : RoutingCase(severityRank >= 1)
            then
                $c.handleAt("grid");
            end

            // 下面这条规则的动作写错了
            // (the rule below has a broken action)
            """;

    @Test
    void aMistakeInsideAnActionIsReportedAtItsLineAndColumnNotAtTheRulesFirstLine() {
        PackProblem p = onlyError(failed(load(pack(dir, "then", "rules/then.drl", TWELVE_LINES_BEFORE + """
                rule "网格期限"
                when
                    $c : RoutingCase()
                then
                    $c.handleAt("grid");
                    // 三天
                    $c.limit(
                        "3 天"
                    ;
                end
                """))));

        // The rule starts at line 13; the call opened on line 19 is left unclosed where the ';' stands, line 21.
        assertThat(p.file()).isEqualTo("rules/then.drl");
        assertThat(p.line()).isEqualTo(21);
        assertThat(p.column()).isEqualTo(5);
        assertThat(p.message().zh()).startsWith("规则的动作 (then 部分) 写法有误");
        assertThat(p.message().en()).startsWith("the rule's action (then part) is not written correctly");
    }

    @Test
    void anUnbalancedBracketRightAfterThenIsReportedInsideTheAction() {
        PackProblem p = onlyError(failed(load(pack(dir, "paren", "rules/paren.drl", TWELVE_LINES_BEFORE + """
                rule "网格期限"
                when
                    $c : RoutingCase()
                then (
                    $c.handleAt("grid");
                end
                """))));

        // The '(' after then (line 16) opens an expression that the ';' on line 17 cuts short.
        assertThat(p.line()).isEqualTo(17);
        assertThat(p.column()).isEqualTo(24);
        assertThat(p.message().en()).contains("\";\"");
    }

    @Test
    void aMissingSemicolonBetweenActionsPointsAtTheStatementThatFollows() {
        PackProblem p = onlyError(failed(load(pack(dir, "semi", "rules/semi.drl", TWELVE_LINES_BEFORE + """
                rule "网格期限"
                when
                    $c : RoutingCase()
                then
                    $c.handleAt("grid")
                    $c.limit("1 天");
                end
                """))));

        assertThat(p.line()).isEqualTo(18);
        assertThat(p.column()).isEqualTo(5);
    }

    @Test
    void bracketsNestedDeeperThanDroolsCanParseAreRefusedAtTheBracketBeforeDroolsSeesThem() {
        // Drools' parser would end the loading thread with a StackOverflowError at a few thousand brackets.
        String deep = "(".repeat(5_000) + "1" + ")".repeat(5_000);
        PackProblem p = onlyError(failed(load(pack(dir, "deep", "rules/deep.drl", "rule \"深\"\nwhen\n"
                + "    $c : RoutingCase( severityRank > " + deep + " )\nthen\nend\n"))));

        assertThat(p.line()).isEqualTo(3);
        assertThat(p.column()).isEqualTo(37 + ShapeLint.MAX_DEPTH); // the first bracket of the deep run is the 2nd level
        assertThat(p.message().en()).startsWith("brackets are nested more than 64 deep");
    }

    @Test
    void aTextOfAMillionCharactersAnywhereInARuleLoadsOrIsRefusedButNeverOverflowsTheStack() {
        // Found by fuzzing: a regular expression that recursed once per character of a quoted rule name.
        String x = "x".repeat(1_000_000);
        List<String> places = List.of("rule \"" + x + "\"\nwhen\n    $c : RoutingCase()\nthen\nend\n",
                "rule \"r\" @description_en(\"" + x + "\")\nwhen\n    $c : RoutingCase()\nthen\nend\n",
                "// " + x + "\nrule \"r\"\nwhen\n    $c : RoutingCase()\nthen\nend\n");
        for (int i = 0; i < places.size(); i++) {
            PackLoadResult r = load(pack(dir, "long" + i, "rules/long.drl", places.get(i)));
            assertThat(r.problems()).allSatisfy(p -> assertThat(p.file()).isNotBlank());
        }
    }

    @Test
    void theClockRandomnessAndGlobalsAreRefusedAtTheirLinesButWordsLikeNowInTextAreNot() {
        List<PackProblem> problems = failed(load(pack(dir, "clock", "rules/clock.drl", """
                import java.time.LocalTime;
                global java.util.List seen;
                rule "夜间" @description_en("handle it now (at night)")
                when
                    $c : RoutingCase( LocalTime.now().getHour() > 22 )
                then
                    $c.limit(Math.random() > 0.5 ? "1 天" : "2 天");
                end
                """)));

        assertThat(problems).extracting(PackProblem::file, PackProblem::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("rules/clock.drl", 2),
                org.assertj.core.groups.Tuple.tuple("rules/clock.drl", 5),
                org.assertj.core.groups.Tuple.tuple("rules/clock.drl", 7));
        assertThat(problems.get(1).message().en()).contains("\"java.time.LocalTime.now\" is not allowed")
                .contains("not on the clock, random numbers or globals");
        assertThat(problems.get(1).message().zh()).contains("不能读取系统时钟");
    }

    @Test
    void missingVersionAndUnknownKeyInPackYamlAreErrorsAtTheirLines() {
        Path p = dir.resolve("manifest");
        write(p, "pack.yaml", "id: manifest\nname: {zh: 测试, en: test}\nextend: base\n");

        List<PackProblem> problems = failed(load(p));

        assertThat(problems).extracting(PackProblem::file, PackProblem::line).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("pack.yaml", 3), org.assertj.core.groups.Tuple.tuple("pack.yaml", 1));
        assertThat(problems).extracting(pr -> pr.message().en())
                .anySatisfy(m -> assertThat(m).startsWith("unknown field 'extend'"))
                .anySatisfy(m -> assertThat(m).startsWith("missing 'version'"));
    }

    @Test
    void cyclicExtendsIsAnErrorAtTheExtendsLine() {
        write(dir.resolve("a"), "pack.yaml", "id: a\nversion: \"1\"\nextends: b\n");
        write(dir.resolve("b"), "pack.yaml", "id: b\nversion: \"1\"\nextends: a\n");

        PackProblem p = onlyError(failed(load(dir.resolve("a"))));

        assertThat(p.pack()).isEqualTo("b");
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message().en()).isEqualTo("'extends' forms a cycle: a → b → a");
    }

    @Test
    void anUnknownParentIsAnErrorAtTheExtendsLine() {
        write(dir.resolve("orphan"), "pack.yaml", "id: orphan\nversion: \"1\"\n\nextends: nosuch\n");

        PackProblem p = onlyError(failed(load(dir.resolve("orphan"))));

        assertThat(p.file()).isEqualTo("pack.yaml");
        assertThat(p.line()).isEqualTo(4);
        assertThat(p.message().en()).startsWith("unknown parent pack nosuch");
    }

    @Test
    void aFileThatIsNotUtf8IsAnErrorAtTheFirstBadLine() {
        Path p = pack(dir, "gbk", "rules/gbk.drl", "");
        write(p, "rules/gbk.drl", "// ok\n// 噪音\n".getBytes(Charset.forName("GBK")));

        PackProblem e = onlyError(failed(load(p)));

        assertThat(e.line()).isEqualTo(2);
        assertThat(e.message().en()).contains("not UTF-8");
    }

    @Test
    void disablingARuleThatDoesNotExistIsAWarning() {
        Path p = dir.resolve("dis");
        write(p, "pack.yaml", "id: dis\nversion: \"1\"\ndisabledRules:\n  - 没有这条规则\n");

        CompiledPack pack = loaded(load(p));

        assertThat(pack.warnings()).singleElement().satisfies(w -> {
            assertThat(w.file()).isEqualTo("pack.yaml");
            assertThat(w.line()).isEqualTo(4);
            assertThat(w.message().zh()).contains("没有这条规则");
        });
    }

    @Test
    void unknownFilesInRulesAreWarnings() {
        Path p = pack(dir, "notes", "rules/说明.txt", "备注");

        assertThat(loaded(load(p)).warnings()).singleElement().satisfies(w -> {
            assertThat(w.file()).isEqualTo("rules/说明.txt");
            assertThat(w.severity()).isEqualTo(PackProblem.Severity.WARNING);
        });
    }

    @Test
    void describeSpeaksTheLocalesLanguage() {
        PackProblem p = onlyError(failed(load(pack(dir, "words", "rules/x.drl", "import java.net.URL;\n"))));

        assertThat(p.describe(Locale.CHINA)).startsWith("错误 [words] rules/x.drl 第1行: 不允许导入 java.net.URL");
        assertThat(p.describe(Locale.ENGLISH)).startsWith("error [words] rules/x.drl, line 1: import of java.net.URL");
        assertThat(PackProblem.atCell(PackProblem.Severity.WARNING, "c", "t.drl.csv", "t", "C12",
                org.gridgov.i18n.Bilingual.of("值", "value")).describe(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("警告 [c] t.drl.csv 表 t 单元格 C12: 值");
    }
}
