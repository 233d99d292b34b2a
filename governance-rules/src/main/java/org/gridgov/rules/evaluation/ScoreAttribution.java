package org.gridgov.rules.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.gridgov.rules.facts.ScoreSheet;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/** Attributes each score-sheet entry to the rule whose firing wrote it. */
final class ScoreAttribution extends DefaultAgendaEventListener {
    record Attributed(String rule, ScoreSheet.Entry entry) {
    }

    private final ScoreSheet sheet;
    private final List<Attributed> attributed = new ArrayList<>();
    private int before;

    ScoreAttribution(ScoreSheet sheet) {
        this.sheet = sheet;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        before = sheet.size();
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        String rule = event.getMatch().getRule().getName();
        sheet.entriesFrom(before).forEach(e -> attributed.add(new Attributed(rule, e)));
    }

    List<Attributed> attributed() {
        return List.copyOf(attributed);
    }
}
