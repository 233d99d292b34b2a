package org.gridgov.server.api;

import java.time.Instant;
import java.time.Year;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gridgov.actor.Actor;
import org.gridgov.city.City;
import org.gridgov.engine.ServiceOutcome;
import org.gridgov.engine.Services;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.organization.OrganizationId;
import org.gridgov.people.PersonId;
import org.gridgov.server.http.HttpFailure;
import org.gridgov.service.ServiceId;
import org.gridgov.service.WishKind;

/**
 * The service commands by the names the scenario files give them ({@code report-in}, {@code claim-wish},
 * {@code verify-service}, {@code take-order}, {@code sign-agreement} …), each with its body's fields. The body names
 * what it acts on: a wish, record, order or post by its {@code id}, a report-in by its {@code member} or
 * {@code unit} (and {@code year}), an agreement by its {@code unit} and {@code community}.
 */
final class ServiceCommands {
    /** One command: its body's fields, and how it is issued. */
    record Command(Set<String> fields, Run run) {
    }

    /** What a command needs: the engine's service, the city, the body, the actor, the instant and its year. */
    record Call(Services s, City city, Body b, Actor actor, Instant at, Year year) {
        PersonId person(String field) {
            return new PersonId(b.text(field));
        }

        NodeId node(String field) {
            return CityTerms.node(city, b.text(field), field);
        }

        OrganizationId unit() {
            return CityTerms.organization(city, b.text("unit"), "unit");
        }

        Year yearGiven() {
            return b.has("year") ? Year.of(b.integer("year", 1949)) : year;
        }

        ServiceId agreement() {
            return ServiceId.agreement(unit(), node("community"));
        }

        org.gridgov.i18n.Bilingual reason() {
            return b.bilingual("reason");
        }
    }

    @FunctionalInterface
    interface Run {
        ServiceOutcome run(Call c);
    }

    private static final Set<String> JOINT = Set.of("unit", "community", "project");
    private static final Set<String> LISTING = Set.of("unit", "community", "key", "category", "quantity", "text");

    static final Map<String, Command> ALL = Map.ofEntries(
            Map.entry("report-in", new Command(Set.of("member", "unit", "community", "year"), ServiceCommands::reportIn)),
            Map.entry("confirm-report-in", new Command(Set.of("member", "unit", "year", "certificate"),
                    c -> c.s().confirmReportIn(reportInId(c), c.b().text("certificate"), c.actor(), c.at()))),
            Map.entry("publish-wish", new Command(Set.of("id", "kind", "community", "beneficiary", "text"),
                    c -> c.s().publishWish(c.b().text("id"), c.b().has("kind") ? c.b().choice("kind", WishKind.class)
                            : WishKind.MICRO_WISH, c.node("community"), c.person("beneficiary"), c.b().text("text"),
                            c.actor(), c.at()))),
            Map.entry("claim-wish", new Command(Set.of("id", "member"),
                    c -> c.s().claimWish(ServiceId.wish(c.b().text("id")), c.person("member"), c.actor(), c.at()))),
            Map.entry("withdraw-wish", new Command(Set.of("id", "reason"),
                    c -> c.s().withdrawWish(ServiceId.wish(c.b().text("id")), c.reason(), c.actor(), c.at()))),
            Map.entry("submit-service", new Command(Set.of("id", "member", "what", "from", "until", "beneficiary",
                    "organiser", "source"), ServiceCommands::submit)),
            Map.entry("verify-service", new Command(Set.of("id", "with", "borneOut"),
                    c -> c.s().verifyService(record(c), c.b().text("with"), c.b().bool("borneOut"), c.actor(), c.at()))),
            Map.entry("confirm-service", new Command(Set.of("id"),
                    c -> c.s().confirmService(record(c), c.actor(), c.at()))),
            Map.entry("reject-service", new Command(Set.of("id", "reason"),
                    c -> c.s().rejectService(record(c), c.reason(), c.actor(), c.at()))),
            Map.entry("reverse-service", new Command(Set.of("id", "reason"),
                    c -> c.s().reverseService(record(c), c.reason(), c.actor(), c.at()))),
            Map.entry("send-feedback", new Command(Set.of("unit", "period", "from", "until"),
                    c -> c.s().sendFeedback(c.unit(), c.b().text("period"), instant(c, "from"), instant(c, "until"),
                            c.actor(), c.at()))),
            Map.entry("acknowledge-feedback", new Command(Set.of("unit", "period", "note"),
                    c -> c.s().acknowledgeFeedback(ServiceId.feedback(c.unit(), c.b().text("period")),
                            c.b().text("note"), c.actor(), c.at()))),
            Map.entry("place-order", new Command(Set.of("id", "community", "resident", "menuItem"),
                    c -> c.s().menu().placeOrder(c.b().text("id"), c.node("community"), c.person("resident"),
                            c.b().text("menuItem"), c.actor(), c.at()))),
            Map.entry("dispatch-order", new Command(Set.of("id", "member"),
                    c -> c.s().menu().dispatchOrder(order(c), c.person("member"), c.actor(), c.at()))),
            Map.entry("take-order", new Command(Set.of("id", "member"),
                    c -> c.s().menu().takeOrder(order(c), c.person("member"), c.actor(), c.at()))),
            Map.entry("publish-order", new Command(Set.of("id", "summary"),
                    c -> c.s().menu().publishOrder(order(c), c.b().text("summary"), c.actor(), c.at()))),
            Map.entry("publish-post", new Command(Set.of("id", "community", "title", "kind", "capacity"),
                    c -> c.s().menu().publishPost(c.b().text("id"), c.node("community"), c.b().text("title"),
                            c.b().text("kind"), c.b().integer("capacity", 1), c.actor(), c.at()))),
            Map.entry("claim-post", new Command(Set.of("id", "member"),
                    c -> c.s().menu().claimPost(ServiceId.post(c.b().text("id")), c.person("member"), c.actor(),
                            c.at()))),
            Map.entry("sign-agreement", new Command(Set.of("unit", "community"),
                    c -> c.s().jointBuilding().sign(c.unit(), c.node("community"), c.actor(), c.at()))),
            Map.entry("list-need", new Command(LISTING, c -> listing(c, true))),
            Map.entry("list-resource", new Command(LISTING, c -> listing(c, false))),
            Map.entry("match", new Command(Set.of("unit", "community", "project", "need", "resource", "communityOwner",
                    "unitOwner"), c -> c.s().jointBuilding().match(c.agreement(), c.b().text("project"),
                    c.b().text("need"), c.b().text("resource"), c.person("communityOwner"), c.person("unitOwner"),
                    c.actor(), c.at()))),
            Map.entry("start-project", new Command(JOINT,
                    c -> c.s().jointBuilding().start(c.agreement(), c.b().text("project"), c.actor(), c.at()))),
            Map.entry("finish-project", new Command(Set.of("unit", "community", "project", "summary"),
                    c -> c.s().jointBuilding().finish(c.agreement(), c.b().text("project"), c.b().text("summary"),
                            c.actor(), c.at()))));

    private ServiceCommands() {
    }

    /** A member's report-in to where they belong, or a unit's to a named community. */
    private static ServiceOutcome reportIn(Call c) {
        if (c.b().has("member") == c.b().has("unit")) {
            throw HttpFailure.badField("member", "应给出 member 或 unit 之一", "names either a member or a unit");
        }
        if (c.b().has("member")) {
            return c.s().registerReportIn(c.person("member"), c.yearGiven(), c.actor(), c.at());
        }
        return c.s().registerUnitReportIn(c.unit(), c.node("community"), c.yearGiven(), c.actor(), c.at());
    }

    private static ServiceId reportInId(Call c) {
        if (c.b().has("member") == c.b().has("unit")) {
            throw HttpFailure.badField("member", "应给出 member 或 unit 之一", "names either a member or a unit");
        }
        return c.b().has("member") ? ServiceId.reportIn(c.person("member"), c.yearGiven())
                : ServiceId.reportIn(c.unit(), c.yearGiven());
    }

    private static ServiceOutcome submit(Call c) {
        Body b = c.b();
        Optional<ServiceId> source = b.optional("source").map(ServiceCommands::source);
        return c.s().submitService(b.text("id"), c.person("member"), b.text("what"), instant(c, "from"),
                instant(c, "until"), b.optional("beneficiary").map(PersonId::new), b.optional("organiser"), source,
                c.actor(), c.at());
    }

    /** What a service fulfils, by its full id: {@code wish/…}, {@code order/…} or {@code post/…}. */
    private static ServiceId source(String text) {
        ServiceId id = new ServiceId(text);
        if (!Set.of("wish", "order", "post").contains(id.kind()) || id.value().length() == id.kind().length()) {
            throw HttpFailure.badField("source", "应为 wish/…、order/… 或 post/…", "is wish/…, order/… or post/…");
        }
        return id;
    }

    private static ServiceOutcome listing(Call c, boolean need) {
        return c.s().jointBuilding().list(c.agreement(), c.b().text("key"), need, c.b().text("category"),
                c.b().integer("quantity", 1), c.b().text("text"), c.actor(), c.at());
    }

    private static ServiceId record(Call c) {
        return ServiceId.record(c.b().text("id"));
    }

    private static ServiceId order(Call c) {
        return ServiceId.order(c.b().text("id"));
    }

    private static Instant instant(Call c, String field) {
        return CityTerms.instant(c.city(), c.b().text(field), field);
    }
}
