package org.gridgov.server.api;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridgov.actor.Actor;
import org.gridgov.city.City;
import org.gridgov.engine.CityGovernance;
import org.gridgov.engine.CommandOutcome;
import org.gridgov.issue.Closure;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Rating;

/**
 * The case commands by the name the permissions give them ({@code accept}, {@code summon}, …), each with the
 * fields of its body. A command a body names an unknown organization for is refused here, before the engine.
 */
final class Commands {
    /** One command: its body's fields, and how it is issued. */
    record Command(Set<String> fields, Issue issue) {
    }

    @FunctionalInterface
    interface Issue {
        CommandOutcome run(CityGovernance engine, City city, IssueId id, Body body, Actor actor, Instant at);
    }

    static final Map<String, Command> ALL = Map.ofEntries(
            Map.entry("accept", new Command(Set.of(), (e, c, id, b, a, t) -> e.accept(id, a, t))),
            Map.entry("reject-dispatch", new Command(Set.of("reason"),
                    (e, c, id, b, a, t) -> e.rejectDispatch(id, b.bilingual("reason"), a, t))),
            Map.entry("summon", new Command(Set.of("organization", "reportIn"),
                    (e, c, id, b, a, t) -> e.summon(id,
                            CityTerms.organization(c, b.text("organization"), "organization"),
                            CityTerms.limit(b.text("reportIn"), "reportIn"), a, t))),
            Map.entry("check-in", new Command(Set.of("organization"),
                    (e, c, id, b, a, t) -> e.checkIn(id,
                            CityTerms.organization(c, b.text("organization"), "organization"), a, t))),
            Map.entry("consult", new Command(Set.of("participants", "conclusion"),
                    (e, c, id, b, a, t) -> e.consult(id, b.list("participants").stream()
                            .map(o -> CityTerms.organization(c, o, "participants")).collect(Collectors.toSet()),
                            b.text("conclusion"), a, t))),
            Map.entry("resolve", new Command(Set.of("summary"),
                    (e, c, id, b, a, t) -> e.resolve(id, b.text("summary"), a, t))),
            Map.entry("feedback", new Command(Set.of("text"),
                    (e, c, id, b, a, t) -> e.giveFeedback(id, b.text("text"), a, t))),
            Map.entry("rate", new Command(Set.of("rating", "comment"),
                    (e, c, id, b, a, t) -> e.rate(id, b.choice("rating", Rating.class), b.optional("comment").orElse(""),
                            a, t))),
            Map.entry("exclude", new Command(Set.of("reason"),
                    (e, c, id, b, a, t) -> e.exclude(id, b.bilingual("reason"), a, t))),
            Map.entry("close", new Command(Set.of("closure", "note"),
                    (e, c, id, b, a, t) -> e.close(id, b.choice("closure", Closure.class), b.optional("note").orElse(""),
                            a, t))),
            Map.entry("note", new Command(Set.of("text"), (e, c, id, b, a, t) -> e.note(id, b.text("text"), a, t))));

    private Commands() {
    }

}
