package org.gridgov.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.validation.ProblemAssertions.assertOnly;
import static org.gridgov.validation.ProblemAssertions.problemsOf;

import java.util.List;
import org.gridgov.i18n.Bilingual;
import org.gridgov.validation.Problem;
import org.junit.jupiter.api.Test;

class ProcedureFactoryListsEveryProblemTest {
    private static final Bilingual NAME = Bilingual.of("流程", "procedure");
    private static final Stage A = Stage.of("a", Bilingual.zh("甲"));
    private static final Stage B = Stage.of("b", Bilingual.zh("乙"));

    @Test
    void aProcedureNeedsStages() {
        List<Problem> problems = problemsOf(() -> Procedure.of("p", NAME, List.of(), List.of()));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.kind() + " " + p.id() + "." + p.field()).isEqualTo("procedure p.stages");
            assertThat(p.message().en()).contains("at least one stage");
            assertThat(p.message().zh()).contains("至少需要一个阶段");
        });
    }

    @Test
    void aProcedureNeedsAnId() {
        List<Problem> problems = problemsOf(() -> Procedure.of(" ", NAME, List.of(A), List.of()));

        assertThat(problems).extracting(p -> p.kind() + "." + p.field()).containsExactly("procedure.id");
    }

    @Test
    void aDuplicateStageIdIsNamedByPosition() {
        List<Problem> problems = problemsOf(() -> Procedure.of("p", NAME, List.of(A, B, A),
                List.of(Transition.of("a", EventKind.ROUTED, "b"))));

        assertOnly(problems, "stage", "#3", "id", "'a'");
    }

    @Test
    void anyIsNotAStageId() {
        List<Problem> problems = problemsOf(() -> Procedure.of("p", NAME,
                List.of(A, Stage.of("any", Bilingual.zh("任意"))), List.of()));

        assertOnly(problems, "stage", "#2", "id", "'any'");
    }

    @Test
    void transitionsNameKnownStagesAndNeverGoToAny() {
        List<Problem> problems = problemsOf(() -> Procedure.of("p", NAME, List.of(A, B), List.of(
                Transition.of("a", EventKind.ROUTED, "b"),
                Transition.of("x", EventKind.ACCEPTED, "b"),
                Transition.of("a", EventKind.NOTE, "y"),
                Transition.of("b", EventKind.CLOSED, "any"))));

        assertThat(problems).extracting(p -> p.id() + "." + p.field())
                .containsExactly("#2.from", "#3.to", "#4.to");
        assertThat(problems.get(0).message().en()).contains("unknown stage 'x'").contains("a, b");
    }

    @Test
    void reportedMovesNothingAndTwoTransitionsOnOneEventAreAmbiguous() {
        List<Problem> problems = problemsOf(() -> Procedure.of("p", NAME, List.of(A, B), List.of(
                Transition.of("a", EventKind.ROUTED, "b"),
                Transition.of("a", EventKind.REPORTED, "b"),
                Transition.of("a", EventKind.ROUTED, "a"))));

        assertThat(problems).extracting(p -> p.id() + "." + p.field()).containsExactly("#2.on", "#3.on");
        assertThat(problems.get(1).message().en()).contains("already has transition #1 on routed");
    }

    @Test
    void aStageNoTransitionReachesIsAProblem() {
        List<Problem> problems = problemsOf(() -> Procedure.of("p", NAME,
                List.of(A, B, Stage.of("c", Bilingual.zh("丙"))),
                List.of(Transition.of("a", EventKind.ROUTED, "b"), Transition.of("c", EventKind.ACCEPTED, "a"))));

        assertOnly(problems, "stage", "#3", "", "'c'");
    }

    @Test
    void aWildcardReachesItsTargetFromTheFirstStage() {
        Procedure p = Procedure.of("p", NAME, List.of(A, B), List.of(Transition.of("any", EventKind.CLOSED, "b")));

        assertThat(p.transitionFor(StageId.of("a"), EventKind.CLOSED).map(Transition::to)).contains(StageId.of("b"));
    }

    @Test
    void everyProblemIsListedAtOnce() {
        List<Problem> problems = problemsOf(() -> Procedure.of("p", NAME,
                List.of(A, A, Stage.of("c", Bilingual.zh("丙"))),
                List.of(Transition.of("a", EventKind.REPORTED, "a"), Transition.of("a", EventKind.ROUTED, "any"))));

        assertThat(problems).extracting(p -> p.kind() + " " + p.id() + "." + p.field())
                .containsExactly("stage #2.id", "transition #1.on", "transition #2.to", "stage #3.");
    }

    @Test
    void aMisspeltStageIsNotAlsoReportedAsLeavingItsTargetUnreachable() {
        List<Problem> problems = problemsOf(() -> Procedure.of("p", NAME, List.of(A, B),
                List.of(Transition.of("a", EventKind.ROUTED, "bb"))));

        assertOnly(problems, "transition", "#1", "to", "'bb'");
    }

    @Test
    void malformedValuesAreBugsAndThrowAtOnce() {
        assertThatThrownBy(() -> StageId.of(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StageId.of(" a")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Transition.of("a", null, "b")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new StageVisit(StageId.of("a"), java.time.Instant.EPOCH, EventKind.REPORTED,
                java.util.Optional.of(java.time.Instant.EPOCH), java.util.Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
