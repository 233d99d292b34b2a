package org.gridgov.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.gridgov.i18n.Bilingual;
import org.gridgov.time.LimitUnit;
import org.gridgov.time.TimeLimit;
import org.junit.jupiter.api.Test;

class ShippedProceduresLoadTest {

    @Test
    void jilinHasTheSixStepsWithTheirOnlineNamesAndADoneStage() {
        Procedure p = Procedures.jilinSixSteps();

        assertThat(p.id()).isEqualTo("jilin-six-steps");
        assertThat(p.name()).isEqualTo(Bilingual.of("六步接办", "six-step handling"));
        assertThat(p.stages()).extracting(s -> s.name().zh())
                .containsExactly("吹哨", "报到", "会商", "落实", "反馈", "评价", "办结归档");
        assertThat(p.stages()).extracting(s -> s.onlineName().map(Bilingual::zh).orElse(""))
                .containsExactly("基层报单", "平台接单", "中心派单", "部门领单", "市委督单", "群众评单", "");
        assertThat(p.initial().id()).isEqualTo(StageId.of("whistle"));
        assertThat(p.stage(StageId.of("report-in")).flatMap(Stage::limit))
                .contains(TimeLimit.of(30, LimitUnit.MINUTES));
        assertThat(p.stage(StageId.of("consult")).flatMap(Stage::limit))
                .contains(TimeLimit.of(1, LimitUnit.WORKING_DAYS));
        assertThat(p.stage(StageId.of("done")).flatMap(Stage::limit)).isEmpty();
    }

    @Test
    void jiangyuanGoesFromGridReportThroughWhistleAndReportInToFeedbackAndRating() {
        Procedure p = Procedures.jiangyuanWhistle();

        assertThat(p.stages()).extracting(s -> s.name().zh())
                .containsExactly("网格预报", "街镇吹哨", "各方报到", "办理", "反馈评价", "办结");
        assertThat(p.transitionFor(StageId.of("street-whistle"), EventKind.ESCALATED))
                .contains(Transition.of("street-whistle", EventKind.ESCALATED, "street-whistle"));
        assertThat(p.transitionFor(StageId.of("report-in"), EventKind.CHECKED_IN).map(Transition::to))
                .contains(StageId.of("handle"));
    }

    @Test
    void theHotlineCarriesTheBeijingLimits() {
        Procedure p = Procedures.hotline();

        assertThat(p.stages()).extracting(s -> s.id().value())
                .containsExactly("accept", "dispatch", "handle", "reply", "callback", "done");
        assertThat(p.stage(StageId.of("accept")).flatMap(Stage::limit)).contains(TimeLimit.of(2, LimitUnit.HOURS));
        assertThat(p.stage(StageId.of("handle")).flatMap(Stage::limit)).contains(TimeLimit.of(7, LimitUnit.DAYS));
    }

    @Test
    void theShippedFilesAreOnTheClasspathForPacksToCopy() {
        for (String f : new String[] {"jilin-six-steps.yaml", "jiangyuan-whistle.yaml", "hotline.yaml"}) {
            assertThat(getClass().getClassLoader().getResource(Procedures.resource(f))).as(f).isNotNull();
            assertThat(ProcedureReader.readResource(getClass().getClassLoader(), Procedures.resource(f)))
                    .isNotNull();
        }
    }

    @Test
    void closingMovesEveryStageToDone() {
        for (Procedure p : new Procedure[] {Procedures.jilinSixSteps(), Procedures.jiangyuanWhistle(),
                Procedures.hotline()}) {
            for (Stage s : p.stages()) {
                Optional<Transition> t = p.transitionFor(s.id(), EventKind.CLOSED);
                if (s.id().value().equals("done")) {
                    assertThat(t).as("%s in %s", p.id(), s.id()).isEmpty();
                } else {
                    assertThat(t.map(Transition::to)).as("%s in %s", p.id(), s.id()).contains(StageId.of("done"));
                }
            }
        }
    }
}
