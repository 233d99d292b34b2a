package org.gridgov.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridgov.document.DocumentException;
import org.gridgov.i18n.Bilingual;
import org.gridgov.time.LimitUnit;
import org.gridgov.time.TimeLimit;
import org.junit.jupiter.api.Test;

class ProcedureRoundTripTest {

    @Test
    void everyShippedProcedureReadsBackEqualAfterWriting() throws DocumentException {
        for (Procedure p : List.of(Procedures.jilinSixSteps(), Procedures.jiangyuanWhistle(),
                Procedures.hotline())) {
            String yaml = ProcedureReader.write(p);

            assertThat(ProcedureReader.read(p.id() + ".yaml", yaml)).as(yaml).isEqualTo(p);
        }
    }

    @Test
    void jsonRoundTripsToo() throws DocumentException {
        Procedure p = Procedures.jilinSixSteps();

        assertThat(ProcedureReader.read("p.json", ProcedureReader.write("p.json", p))).isEqualTo(p);
    }

    @Test
    void limitsOfEveryUnitAreWrittenInChineseAndReadBack() throws DocumentException {
        List<Stage> stages = new ArrayList<>();
        List<Transition> transitions = new ArrayList<>();
        for (LimitUnit unit : LimitUnit.values()) {
            for (int amount : new int[] {1, 3, 15}) {
                String id = unit.name().toLowerCase() + "-" + amount;
                stages.add(new Stage(StageId.of(id), Bilingual.zh("阶段"), Optional.empty(),
                        Optional.of(TimeLimit.of(amount, unit))));
                transitions.add(new Transition(StageId.ANY, EventKind.values()[stages.size()], StageId.of(id)));
            }
        }
        Procedure p = Procedure.of("units", Bilingual.of("单位", "units"), stages, transitions);

        String yaml = ProcedureReader.write(p);

        assertThat(yaml).contains("3个工作日").contains("15分钟").contains("1个工作小时");
        assertThat(ProcedureReader.read("units.yaml", yaml)).isEqualTo(p);
    }

    @Test
    void aWrittenFileUsesTheFileFormsOfEventsAndTheWildcard() {
        String yaml = ProcedureReader.write(Procedures.jilinSixSteps());

        assertThat(yaml).contains("\"on\": checked-in").contains("from: any").contains("zh: 基层报单");
    }
}
