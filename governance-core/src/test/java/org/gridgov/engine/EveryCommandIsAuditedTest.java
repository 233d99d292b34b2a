package org.gridgov.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.engine.EngineFixtures.*;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.actor.Actor;
import org.gridgov.audit.AuditEntry;
import org.gridgov.audit.AuditTrail;
import org.gridgov.audit.Verdict;
import org.gridgov.authorization.CommandKind;
import org.gridgov.city.City;
import org.gridgov.document.DocumentException;
import org.gridgov.document.DocumentProblem;
import org.gridgov.people.PersonId;
import org.gridgov.store.EventLog;
import org.gridgov.store.InMemoryEventStore;
import org.junit.jupiter.api.Test;

/** Every command, done or refused, is in the hash-chained audit trail, which survives a restart and an export. */
class EveryCommandIsAuditedTest {
    static final City CITY = city();

    @Test
    void doneAndRefusedCommandsAreRecordedWithActorRoleGrantAndReason() {
        InMemoryEventStore store = new InMemoryEventStore();
        CityGovernance engine = engine(CITY, store);
        engine.report(id(1), noise(), HOTLINE, T0);
        engine.accept(id(1), GRID_LEADER, T0.plusSeconds(60));
        Actor stranger = Actor.resident(new PersonId("r-9"));
        engine.resolve(id(1), "办完了", stranger, T0.plusSeconds(120));
        engine.note(id(9), "没有这个案件", HOTLINE, T0.plusSeconds(180));

        List<AuditEntry> trail = engine.audit();
        assertThat(trail).extracting(e -> e.record().command()).containsExactly(CommandKind.REPORT,
                CommandKind.ACCEPT, CommandKind.RESOLVE, CommandKind.NOTE);
        assertThat(trail).extracting(e -> e.record().verdict()).containsExactly(Verdict.DONE, Verdict.DONE,
                Verdict.REFUSED, Verdict.REFUSED);
        AuditEntry accepted = trail.get(1);
        assertThat(accepted.record().grant()).contains("owner-handles");
        assertThat(accepted.record().role()).hasValueSatisfying(r -> assertThat(r).startsWith("grid-leader at"));
        assertThat(accepted.record().node()).isEqualTo(GRID);
        AuditEntry refused = trail.get(2);
        assertThat(refused.record().actor()).isEqualTo(stranger);
        assertThat(refused.record().refusal()).hasValueSatisfying(r -> assertThat(r.code()).isEqualTo("not-permitted"));
        assertThat(trail.get(3).record().refusal()).hasValueSatisfying(r -> assertThat(r.code()).isEqualTo("unknown-issue"));
        assertThat(AuditTrail.verify(trail)).isEmpty();
        assertThat(AuditTrail.of(trail, id(1))).hasSize(3);
        assertThat(AuditTrail.refused(trail)).hasSize(2);
        // A second engine over the same store sees the same trail and goes on with it.
        CityGovernance again = engine(CITY, store);
        again.note(id(1), "复核", HOTLINE, T0.plusSeconds(240));
        assertThat(again.audit()).hasSize(5).startsWith(trail.toArray(AuditEntry[]::new));
        assertThat(AuditTrail.verify(again.audit())).isEmpty();
    }

    @Test
    void theTrailIsExportedWithTheEventsAndAnEditedEntryIsDetectedOnLoad() throws Exception {
        InMemoryEventStore store = new InMemoryEventStore();
        CityGovernance engine = engine(CITY, store);
        engine.report(id(1), noise(), HOTLINE, T0);
        engine.accept(id(1), Actor.resident(new PersonId("r-9")), T0.plusSeconds(60));
        StringWriter out = new StringWriter();
        EventLog.write(store, out);
        InMemoryEventStore read = EventLog.read("log.jsonl", new BufferedReader(new StringReader(out.toString())));
        assertThat(read.auditTrail()).isEqualTo(store.auditTrail());

        List<String> lines = new ArrayList<>(out.toString().lines().toList());
        int refusal = lines.indexOf(lines.stream().filter(l -> l.contains("\"REFUSED\"")).findFirst().orElseThrow());
        lines.set(refusal, lines.get(refusal).replace("\"REFUSED\"", "\"DONE\""));
        assertThatThrownBy(() -> EventLog.read("log.jsonl", new BufferedReader(new StringReader(
                String.join("\n", lines))))).isInstanceOf(DocumentException.class).satisfies(e ->
                assertThat(((DocumentException) e).problems()).singleElement().satisfies((DocumentProblem p) -> {
                    assertThat(p.line()).isEqualTo(refusal + 1);
                    assertThat(p.message().en()).contains("audit entry 2 was edited");
                }));
    }
}
