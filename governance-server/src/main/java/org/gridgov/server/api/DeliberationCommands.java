package org.gridgov.server.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridgov.actor.Actor;
import org.gridgov.city.City;
import org.gridgov.deliberation.Attendance;
import org.gridgov.deliberation.BodyId;
import org.gridgov.deliberation.Choice;
import org.gridgov.deliberation.ItemId;
import org.gridgov.deliberation.MeetingId;
import org.gridgov.deliberation.Presence;
import org.gridgov.deliberation.Resolution;
import org.gridgov.deliberation.Review;
import org.gridgov.deliberation.SupportChannel;
import org.gridgov.deliberation.TaskSpec;
import org.gridgov.engine.DeliberationOutcome;
import org.gridgov.engine.Deliberations;
import org.gridgov.issue.Rating;
import org.gridgov.people.PersonId;
import org.gridgov.server.http.HttpFailure;

/**
 * The commands on an item and on a meeting by the names the scenario files give them ({@code table},
 * {@code report-back}, {@code open}, {@code decide} …), each with the fields of its body.
 */
final class DeliberationCommands {
    /** A command on an item: its body's fields, and how it is issued. */
    record OnItem(Set<String> fields, ItemCommand run) {
    }

    /** A command on a meeting: its body's fields, and how it is issued. */
    record OnMeeting(Set<String> fields, MeetingCommand run) {
    }

    @FunctionalInterface
    interface ItemCommand {
        DeliberationOutcome run(Deliberations d, City city, ItemId id, Body body, Actor actor, Instant at);
    }

    @FunctionalInterface
    interface MeetingCommand {
        DeliberationOutcome run(Deliberations d, City city, MeetingId id, Body body, Actor actor, Instant at);
    }

    static final Map<String, OnItem> ON_ITEM = Map.of(
            "support", new OnItem(Set.of("resident", "channel"), (d, c, id, b, a, t) -> d.support(id,
                    new PersonId(b.text("resident")), b.has("channel") ? b.choice("channel", SupportChannel.class)
                            : SupportChannel.ONLINE, a, t)),
            "table", new OnItem(Set.of("body"), (d, c, id, b, a, t) -> d.table(id, body(c, b.text("body")), a, t)),
            "withdraw", new OnItem(Set.of("reason"), (d, c, id, b, a, t) -> d.withdraw(id, b.bilingual("reason"), a, t)),
            "rate", new OnItem(Set.of("resident", "rating"), (d, c, id, b, a, t) -> d.rate(id,
                    new PersonId(b.text("resident")), b.choice("rating", Rating.class), a, t)),
            "review", new OnItem(Set.of("verdict", "text"), (d, c, id, b, a, t) -> d.review(id,
                    b.choice("verdict", Review.class), b.text("text"), a, t)),
            "report-back", new OnItem(Set.of("meeting", "report"), (d, c, id, b, a, t) -> d.reportBack(id,
                    new MeetingId(b.text("meeting")), b.text("report"), a, t)));

    static final Map<String, OnMeeting> ON_MEETING = Map.of(
            "schedule", new OnMeeting(Set.of("item"), (d, c, id, b, a, t) -> d.schedule(id, new ItemId(b.text("item")),
                    a, t)),
            "open", new OnMeeting(Set.of("attendance"), (d, c, id, b, a, t) -> d.open(id, attendance(b), a, t)),
            "vote", new OnMeeting(Set.of("item", "voter", "choice"), (d, c, id, b, a, t) -> d.vote(id,
                    new ItemId(b.text("item")), new PersonId(b.text("voter")), b.choice("choice", Choice.class), a, t)),
            "decide", new OnMeeting(Set.of("item", "resolution", "tasks"), (d, c, id, b, a, t) -> d.decide(id,
                    new ItemId(b.text("item")), new Resolution(b.text("resolution"), tasks(c, b)), a, t)),
            "close", new OnMeeting(Set.of("minutes"), (d, c, id, b, a, t) -> d.close(id, b.text("minutes"), a, t)),
            "cancel", new OnMeeting(Set.of("reason"), (d, c, id, b, a, t) -> d.cancel(id, b.bilingual("reason"), a, t)));

    private DeliberationCommands() {
    }

    /** A body of the city by id. */
    static BodyId body(City city, String text) {
        BodyId id = new BodyId(text);
        if (city.bodies().find(id).isEmpty()) {
            throw HttpFailure.badField("body", "本市没有这个议事机构: " + text, "the city has no such body: " + text);
        }
        return id;
    }

    /** Seats as given; a seat without persons is absent, one with persons present unless it says otherwise. */
    private static List<Attendance> attendance(Body b) {
        List<Body> seats = b.objects("attendance", Set.of("seat", "presence", "persons"));
        if (seats.isEmpty()) {
            throw HttpFailure.badField("attendance", "应列出到会的席位", "lists the seats taken");
        }
        return seats.stream().map(s -> {
            List<PersonId> persons = s.optionalList("persons").stream().map(PersonId::new).toList();
            Presence presence = s.has("presence") ? s.choice("presence", Presence.class)
                    : persons.isEmpty() ? Presence.ABSENT : Presence.PRESENT;
            if (presence.taken() == persons.isEmpty()) {
                throw HttpFailure.badField("attendance.persons", "出席或委托出席的席位须列出人员，缺席的不列",
                        "a seat present or represented lists its persons, an absent one none");
            }
            return new Attendance(s.text("seat"), presence, persons);
        }).toList();
    }

    private static List<TaskSpec> tasks(City city, Body b) {
        return b.objects("tasks", Set.of("text", "category", "location")).stream().map(t -> new TaskSpec(
                t.text("text"), CityTerms.category(city, t.text("category"), "tasks.category"),
                CityTerms.node(city, t.text("location"), "tasks.location"))).toList();
    }
}
