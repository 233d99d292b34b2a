package org.gridgov.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.issue.IssueFixtures.BECAUSE;
import static org.gridgov.issue.IssueFixtures.ENGINE;
import static org.gridgov.issue.IssueFixtures.GRID_OWNER;
import static org.gridgov.issue.IssueFixtures.GRID_WORKER;
import static org.gridgov.issue.IssueFixtures.RESIDENT;
import static org.gridgov.issue.IssueFixtures.STREET_OWNER;
import static org.gridgov.issue.IssueFixtures.URBAN_MANAGEMENT;
import static org.gridgov.issue.IssueFixtures.accepted;
import static org.gridgov.issue.IssueFixtures.at;
import static org.gridgov.issue.IssueFixtures.reported;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.gridgov.document.DocumentException;
import org.gridgov.document.DocumentProblem;
import org.gridgov.issue.DecisionBasis;
import org.gridgov.issue.Issue;
import org.gridgov.issue.Rating;
import org.junit.jupiter.api.Test;

class EventLogTest {

    /** An issue that has been through most kinds of event: actors of both kinds, owners, optional fields. */
    static Issue eventful() {
        Issue i = reported();
        i = accepted(i.route(GRID_OWNER, BECAUSE, ENGINE, at(1)));
        i = accepted(i.accept(GRID_WORKER, at(2)));
        i = accepted(i.escalate(STREET_OWNER, BECAUSE, ENGINE, at(3)));
        i = accepted(i.summon(URBAN_MANAGEMENT, Optional.of(at(30)), ENGINE, at(4)));
        i = accepted(i.checkIn(URBAN_MANAGEMENT, GRID_WORKER, at(5)));
        i = accepted(i.setDeadline("resolve", at(600), ENGINE, at(6)));
        i = accepted(i.accept(GRID_WORKER, at(7)));
        i = accepted(i.resolve("已疏通", GRID_WORKER, at(8)));
        i = accepted(i.rate(Rating.SATISFIED, "", RESIDENT, at(9)));
        return i;
    }

    static String log(Issue... issues) {
        StringWriter out = new StringWriter();
        EventLog.write(List.of(issues), out);
        return out.toString();
    }

    static InMemoryEventStore read(String text) throws DocumentException {
        return EventLog.read("june.jsonl", new BufferedReader(new StringReader(text)));
    }

    @Test
    void aStoreExportsItsModeSwitchesTooAndReadsBackEqual() throws Exception {
        InMemoryEventStore original = new InMemoryEventStore();
        Issue issue = eventful();
        original.append(issue.id(), 0, issue.timeline());
        var district = new org.gridgov.jurisdiction.NodeId("220602");
        original.appendModeSwitch(new org.gridgov.mode.ModeSwitch(district, org.gridgov.mode.Mode.EMERGENCY, at(2),
                ENGINE, org.gridgov.i18n.Bilingual.of("暴雪应急", "snowstorm")));
        original.appendModeSwitch(new org.gridgov.mode.ModeSwitch(district, org.gridgov.mode.Mode.NORMAL, at(9),
                ENGINE, org.gridgov.i18n.Bilingual.of("解除应急", "emergency over")));
        StringWriter out = new StringWriter();
        EventLog.write(original, out);
        assertThat(out.toString().lines().limit(2)).allMatch(l -> l.startsWith("{\"type\":\"ModeSwitch\""));
        InMemoryEventStore copy = read(out.toString());
        assertThat(copy.modeSwitches()).isEqualTo(original.modeSwitches());
        assertThat(copy.allIssues().toList()).isEqualTo(original.allIssues().toList());
    }

    @Test
    void aTimelineSurvivesTheRoundTripExactly() throws Exception {
        Issue issue = eventful();
        String text = log(issue);
        assertThat(text.lines()).hasSize(issue.timeline().size()).allMatch(l -> l.startsWith("{\"type\":\""));
        InMemoryEventStore store = read(text);
        assertThat(store.load(issue.id())).contains(issue);
        assertThat(log(store.load(issue.id()).orElseThrow())).isEqualTo(text);
    }

    @Test
    void coHandlersSurviveAndALogWrittenBeforeThemReadsAsNone() throws Exception {
        Issue issue = accepted(reported().route(GRID_OWNER, BECAUSE, new DecisionBasis("jilin", "1.0", "abc",
                List.of("矛盾纠纷由社区调解")), List.of(URBAN_MANAGEMENT), ENGINE, at(1)));
        String text = log(issue);
        assertThat(read(text).load(issue.id()).orElseThrow().coHandlers()).containsExactly(URBAN_MANAGEMENT);
        String older = text.replaceAll(",\"coHandlers\":\\[[^]]*]", "").replaceAll(",\"chain\":\"[0-9a-f]+\"", "");
        assertThat(older).isNotEqualTo(text);
        assertThat(EventLog.readUnchained("old.jsonl", new BufferedReader(new StringReader(older)))
                .load(issue.id()).orElseThrow().coHandlers()).isEmpty();
    }

    @Test
    void aLineThatIsNotAnEventIsReportedWithItsLineAndNothingIsLoaded() {
        String text = log(eventful());
        List<String> lines = new java.util.ArrayList<>(text.lines().toList());
        lines.add(2, "{\"type\":\"Teleported\",\"issue\":{\"value\":\"x\"}}");
        lines.add(4, "not json");
        assertThatThrownBy(() -> read(String.join("\n", lines))).isInstanceOf(DocumentException.class)
                .satisfies(e -> assertThat(((DocumentException) e).problems())
                        .extracting(DocumentProblem::file, DocumentProblem::line)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("june.jsonl", 3),
                                org.assertj.core.groups.Tuple.tuple("june.jsonl", 5)));
    }

    @Test
    void anEventTheLifecycleRefusesIsReportedAtItsLine() {
        List<String> lines = new java.util.ArrayList<>(log(eventful()).lines().toList());
        // Drop the routing: the acceptance on line 2 now comes before anyone was dispatched.
        lines.remove(1);
        assertThatThrownBy(() -> EventLog.readUnchained("june.jsonl",
                new BufferedReader(new StringReader(String.join("\n", lines))))).isInstanceOf(DocumentException.class)
                .satisfies(e -> assertThat(((DocumentException) e).problems()).singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(2);
                    assertThat(p.message().en()).contains("breaks its lifecycle");
                }));
    }

    @Test
    void anEditedDroppedOrMovedEventIsDetectedOnLoadWithItsIssueAndEvent() {
        Issue issue = eventful();
        List<String> lines = new java.util.ArrayList<>(log(issue).lines().toList());
        assertThat(lines).allMatch(l -> l.matches(".*\"chain\":\"[0-9a-f]{64}\"}$"));
        List<String> edited = new java.util.ArrayList<>(lines);
        edited.set(2, edited.get(2).replace("2026-03-02", "2026-03-01"));
        assertThatThrownBy(() -> read(String.join("\n", edited))).isInstanceOf(DocumentException.class)
                .satisfies(e -> assertThat(((DocumentException) e).problems()).first().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(3);
                    assertThat(p.message().en()).contains("event 3 (").contains("of issue " + issue.id().value())
                            .contains("does not match the hash chain");
                    assertThat(p.message().zh()).contains("案件 " + issue.id().value() + " 的第 3");
                }));
        List<String> dropped = new java.util.ArrayList<>(lines);
        dropped.remove(dropped.size() - 2);
        assertThatThrownBy(() -> read(String.join("\n", dropped))).isInstanceOf(DocumentException.class)
                .satisfies(e -> assertThat(((DocumentException) e).problems()).first()
                        .satisfies(p -> assertThat(p.line()).isEqualTo(lines.size() - 1)));
        List<String> unchained = lines.stream().map(l -> l.replaceAll(",\"chain\":\"[0-9a-f]+\"", "")).toList();
        assertThatThrownBy(() -> read(String.join("\n", unchained))).isInstanceOf(DocumentException.class);
    }
}
