package org.gridgov.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gridgov.document.DocumentException;
import org.gridgov.document.DocumentProblem;
import org.gridgov.time.InvalidTimeLimitException;
import org.gridgov.time.TimeLimit;
import org.junit.jupiter.api.Test;

/** Each test breaks one thing in a small procedure file and checks the problem points at its line. */
class MalformedProcedureFilesAreLocatedTest {
    static final String FILE = "small.yaml";
    static final String BASE = """
            id: small
            name: {zh: 小流程, en: small procedure}
            stages:
              - {id: intake, name: 受理, limit: 2 小时}
              - {id: handle, name: {zh: 办理, en: handle}, online: 部门领单, limit: 3 个工作日}
              - {id: done, name: 办结}
            transitions:
              - {from: intake, on: routed, to: handle}
              - {from: handle, on: [resolved, feedback-given], to: done}
              - {from: any, on: closed, to: done}
            """;

    static List<DocumentProblem> problemsAfter(String from, String to) {
        assertThat(BASE).contains(from);
        try {
            ProcedureReader.read(FILE, BASE.replace(from, to));
        } catch (DocumentException e) {
            return e.problems();
        }
        throw new AssertionError("the broken procedure was accepted");
    }

    static int lineOf(String text) {
        return (int) BASE.substring(0, BASE.indexOf(text)).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void theUnbrokenFileReads() throws DocumentException {
        Procedure p = ProcedureReader.read(FILE, BASE);

        assertThat(p.transitions()).hasSize(4);
        assertThat(p.stage(StageId.of("handle")).flatMap(Stage::onlineName).map(n -> n.en())).contains("部门领单");
    }

    @Test
    void anUnknownStageInATransitionIsLocatedAtItsLine() {
        List<DocumentProblem> problems = problemsAfter("on: routed, to: handle}", "on: routed, to: handel}");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(FILE);
            assertThat(p.line()).isEqualTo(lineOf("{from: intake, on: routed"));
            assertThat(p.field()).isEqualTo("transitions[0].to");
            assertThat(p.message().en()).contains("unknown stage 'handel'").contains("intake, handle, done");
            assertThat(p.message().zh()).contains("未知阶段 'handel'");
        });
    }

    @Test
    void anUnknownFromStageIsLocatedToo() {
        List<DocumentProblem> problems = problemsAfter("{from: intake, on: routed", "{from: intke, on: routed");

        assertThat(problems).extracting(DocumentProblem::field).containsExactly("transitions[0].from");
        assertThat(problems.get(0).line()).isEqualTo(lineOf("{from: intake, on: routed"));
    }

    @Test
    void anUnreadableLimitIsExplainedAtItsLine() {
        List<DocumentProblem> problems = problemsAfter("limit: 3 个工作日", "limit: 3 个星期");

        String expected = explanation("3 个星期");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lineOf("{id: handle"));
            assertThat(p.field()).isEqualTo("stages[1].limit");
            assertThat(p.message().en()).isEqualTo(expected);
            assertThat(p.message().zh()).contains("无法识别的时间单位");
        });
    }

    @Test
    void aDuplicateStageIdIsLocatedAtTheSecondDeclaration() {
        List<DocumentProblem> problems = problemsAfter("{id: done, name: 办结}", "{id: intake, name: 办结}");

        assertThat(problems).extracting(DocumentProblem::field)
                .contains("stages[2].id")
                .allSatisfy(f -> assertThat(f).doesNotStartWith("stages[0]"));
        DocumentProblem dup = problems.stream().filter(p -> p.field().equals("stages[2].id")).findFirst().get();
        assertThat(dup.line()).isEqualTo(lineOf("{id: done"));
        assertThat(dup.message().en()).contains("'intake' is already used by stage #1");
    }

    @Test
    void anUnknownEventNameIsLocatedAndTheKnownOnesListed() {
        List<DocumentProblem> problems = problemsAfter("on: routed,", "on: dispatched,");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lineOf("{from: intake, on: routed"));
            assertThat(p.field()).isEqualTo("transitions[0].on");
            assertThat(p.message().en()).contains("unknown event 'dispatched'").contains("checked-in");
        });
    }

    @Test
    void anUnknownEventInAListIsLocatedByItsPosition() {
        List<DocumentProblem> problems = problemsAfter("[resolved, feedback-given]", "[resolved, feedback]");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lineOf("{from: handle"));
            assertThat(p.field()).isEqualTo("transitions[1].on[1]");
        });
    }

    @Test
    void severalProblemsAreReportedTogetherInFileOrder() {
        String broken = BASE.replace("limit: 2 小时", "limit: two hours")
                .replace("on: routed, to: handle}", "on: routed, to: handel}")
                .replace("on: closed", "on: shut");
        try {
            ProcedureReader.read(FILE, broken);
            throw new AssertionError("accepted");
        } catch (DocumentException e) {
            assertThat(e.problems()).extracting(DocumentProblem::field)
                    .containsExactly("stages[0].limit", "transitions[0].to", "transitions[2].on");
        }
    }

    @Test
    void anUnreachableStageIsLocatedAtItsEntry() {
        List<DocumentProblem> problems = problemsAfter("  - {from: intake, on: routed, to: handle}\n", "");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lineOf("{id: handle"));
            assertThat(p.field()).isEqualTo("stages[1]");
            assertThat(p.message().en()).contains("'handle' cannot be reached from the first stage 'intake'");
        });
    }

    @Test
    void aMisspeltKeyIsNamedWithTheExpectedOnes() {
        List<DocumentProblem> problems = problemsAfter("online: 部门领单", "onlin: 部门领单");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lineOf("{id: handle"));
            assertThat(p.field()).isEqualTo("stages[1].onlin");
            assertThat(p.message().en()).contains("unknown field 'onlin'").contains("limit");
        });
    }

    @Test
    void aMissingFieldIsNamed() {
        List<DocumentProblem> problems = problemsAfter("{id: done, name: 办结}", "{id: done}");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lineOf("{id: done"));
            assertThat(p.field()).isEqualTo("stages[2].name");
            assertThat(p.message().en()).contains("missing required field 'name'");
        });
    }

    @Test
    void noStagesAtAllIsAProblemOfTheStagesField() throws Exception {
        try {
            ProcedureReader.read(FILE, "id: empty\nname: 空\nstages: []\n");
            throw new AssertionError("accepted");
        } catch (DocumentException e) {
            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo("stages");
                assertThat(p.line()).isEqualTo(3);
            });
        }
    }

    @Test
    void aFileOfAnUnknownFormatIsRefused() {
        try {
            ProcedureReader.read("small.txt", BASE);
            throw new AssertionError("accepted");
        } catch (DocumentException e) {
            assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message().zh()).contains(".yaml"));
        }
    }

    private static String explanation(String text) {
        try {
            TimeLimit.parse(text);
            throw new AssertionError(text + " parsed");
        } catch (InvalidTimeLimitException e) {
            return e.explanation().en();
        }
    }
}
