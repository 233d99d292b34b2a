package org.gridgov.rules.routing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridgov.rules.facts.RoutingCase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.rule.Match;

/**
 * Records which rule asked for which proposals: rule actions only append to the case, and this listener
 * cuts the list at each firing, so rules need not name themselves.
 */
final class FiringRecorder extends DefaultAgendaEventListener {
    private final RoutingCase routingCase;
    private final List<Firing> firings = new ArrayList<>();
    private int before;

    FiringRecorder(RoutingCase routingCase) {
        this.routingCase = routingCase;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        before = routingCase.proposalCount();
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        Match match = event.getMatch();
        Map<String, String> matched = new LinkedHashMap<>();
        for (String id : match.getDeclarationIds()) {
            Object value = match.getDeclarationValue(id);
            matched.put(id, String.valueOf(value));
        }
        if (matched.isEmpty()) {
            match.getObjects().forEach(o -> matched.put(o.getClass().getSimpleName(), String.valueOf(o)));
        }
        firings.add(new Firing(match.getRule().getName(),
                routingCase.proposals().subList(before, routingCase.proposalCount()), matched));
    }

    List<Firing> firings() {
        return List.copyOf(firings);
    }
}
