package org.gridgov.server.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.gridgov.city.City;
import org.gridgov.deliberation.Item;
import org.gridgov.deliberation.Meeting;
import org.gridgov.deliberation.Tally;
import org.gridgov.privacy.Masking;

/**
 * Items and meetings as the API shows them: their state, the count of a vote in words, the tasks a resolution
 * created, and the timeline (see {@link EventJson}: people by their ids, never by name, numbers masked). The summary
 * counts supporters, raters and those at each seat rather than listing them.
 */
final class DeliberationJson {
    private DeliberationJson() {
    }

    static void item(ObjectNode n, Item item, City city) {
        itemSummary(n, item, city);
        n.put("text", Masking.text(item.facts().text()));
        n.put("proposer", item.facts().proposer().key());
        n.put("households", item.facts().households());
        var parties = n.putArray("parties");
        item.facts().parties().forEach(p -> parties.add(p.value()));
        item.referredTo().ifPresent(k -> n.put("referredTo", k.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        item.meeting().ifPresent(m -> n.put("meeting", m.value()));
        n.put("supporters", item.supporters().size());
        n.put("ratings", item.ratings().size());
        item.tally().ifPresent(t -> tally(n.putObject("tally"), t));
        item.resolution().ifPresent(r -> n.put("resolution", Masking.text(r.text())));
        ObjectNode tasks = n.putObject("tasks");
        item.tasks().forEach((k, v) -> tasks.put(String.valueOf(k), v.value()));
        item.review().ifPresent(r -> n.put("review", r.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        ObjectNode deadlines = n.putObject("deadlines");
        item.deadlines().forEach((k, v) -> deadlines.put(k, v.toString()));
        EventJson.addAll(n.putArray("timeline"), item.timeline());
    }

    static void itemSummary(ObjectNode n, Item item, City city) {
        n.put("id", item.id().value());
        n.put("title", Masking.text(item.facts().title()));
        n.put("status", item.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        n.put("statusName", item.status().displayName().zh());
        n.put("category", item.facts().category().value());
        n.put("location", item.facts().node().value());
        n.put("locationName", city.jurisdiction().node(item.facts().node()).name().zh());
        item.body().ifPresent(b -> n.put("body", b.value()));
        n.put("version", item.version());
    }

    static void meeting(ObjectNode n, Meeting m, City city) {
        n.put("id", m.id().value());
        n.put("body", m.body().value());
        city.bodies().find(m.body()).ifPresent(b -> n.put("bodyName", b.name().zh()));
        n.put("when", m.when().toString());
        n.put("location", m.node().value());
        n.put("status", m.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        n.put("statusName", m.status().displayName().zh());
        var agenda = n.putArray("agenda");
        m.agenda().forEach(i -> agenda.add(i.value()));
        var attendance = n.putArray("attendance");
        m.attendance().forEach(a -> attendance.addObject().put("seat", a.seat())
                .put("presence", a.presence().name().toLowerCase(Locale.ROOT)).put("persons", a.persons().size()));
        m.minutes().ifPresent(x -> n.put("minutes", Masking.text(x)));
        n.put("version", m.version());
        EventJson.addAll(n.putArray("timeline"), m.timeline());
    }

    private static void tally(ObjectNode n, Tally t) {
        n.put("carried", t.carried()).put("quorate", t.quorate()).put("seats", t.seats()).put("taken", t.taken())
                .put("for", t.inFavour()).put("against", t.against()).put("abstained", t.abstained())
                .put("needed", t.needed()).put("zh", t.why().zh()).put("en", t.why().en());
        var rules = n.putArray("rules");
        t.rules().forEach(rules::add);
    }
}
