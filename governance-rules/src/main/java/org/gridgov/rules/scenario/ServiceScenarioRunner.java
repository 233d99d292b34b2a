package org.gridgov.rules.scenario;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridgov.CityEngine;
import org.gridgov.actor.Actor;
import org.gridgov.authorization.Parties;
import org.gridgov.city.City;
import org.gridgov.engine.CityGovernance;
import org.gridgov.engine.JointBuilding;
import org.gridgov.engine.ServiceOutcome;
import org.gridgov.engine.Services;
import org.gridgov.i18n.Bilingual;
import org.gridgov.jurisdiction.JurisdictionNode;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.organization.Organization;
import org.gridgov.organization.OrganizationId;
import org.gridgov.people.PersonId;
import org.gridgov.rules.scenario.ServiceScenario.Action;
import org.gridgov.rules.scenario.ServiceScenario.Step;
import org.gridgov.service.ServiceId;

/**
 * Runs a service scenario on a fresh engine: each step after ticking the engine to just before it, as the step's
 * actor ({@code as:}, else the member or resident themself for their own actions, else whoever acts for the
 * community's party organization). Refused actions fail the scenario unless expected; expectations compare only
 * what they name ({@link ServiceChecks}).
 */
public final class ServiceScenarioRunner {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ServiceScenarioRunner() {
    }

    /**
     * Runs the scenario.
     *
     * @throws IllegalArgumentException if the engine's store already holds service timelines
     */
    public static ScenarioResult run(ServiceScenario scenario, CityEngine engine) {
        if (!engine.store().serviceIds().isEmpty()) {
            throw new IllegalArgumentException("a scenario runs on a fresh engine, but its store holds service");
        }
        return new Run(scenario, engine).run();
    }

    private static final class Run {
        final ServiceScenario scenario;
        final City city;
        final CityGovernance engine;
        final Services s;
        final JointBuilding j;
        final List<ExpectationResult> results = new ArrayList<>();

        Run(ServiceScenario scenario, CityEngine e) {
            this.scenario = scenario;
            this.city = e.city();
            this.engine = e.engine();
            this.s = e.engine().service();
            this.j = s.jointBuilding();
        }

        ScenarioResult run() {
            for (Step st : scenario.steps()) {
                engine.tick(st.action() == Action.TICK || st.action() == Action.EXPECT ? st.at() : st.at().minusNanos(1));
                if (st.action() == Action.TICK) {
                    continue;
                }
                if (st.action() == Action.EXPECT) {
                    List<String> wrong = new ArrayList<>();
                    new ServiceChecks(city, s, scenario.year(), this::node, this::unit).check(st.expect().orElseThrow(),
                            wrong);
                    results.add(wrong.isEmpty() ? pass(st, "预期成立 / holds") : fail(st, String.join("\n  ", wrong)));
                    continue;
                }
                try {
                    Optional<Actor> actor = actor(st);
                    if (actor.isEmpty()) {
                        results.add(fail(st, "此时没有人以 " + st.as().orElse("默认身份") + " 的身份行事 / nobody acts as "
                                + st.as().orElse("the default party") + " at that time"));
                        continue;
                    }
                    outcome(st, act(st, actor.get()));
                } catch (IllegalArgumentException bad) {
                    results.add(fail(st, bad.getMessage()));
                }
            }
            return new ScenarioResult(scenario.file(), scenario.name(), results, java.util.Set.of(), List.of());
        }

        private ServiceOutcome act(Step st, Actor a) {
            Instant at = st.at();
            String id = st.id().orElse("-");
            return switch (st.action()) {
                case REPORT_IN -> st.unit().isPresent()
                        ? s.registerUnitReportIn(unit(st.unit().get()), node(st.community().orElseThrow()),
                                scenario.year(), a, at)
                        : s.registerReportIn(person(st.member()), scenario.year(), a, at);
                case CONFIRM_REPORT_IN -> s.confirmReportIn(reportIn(st), st.text().orElseThrow(), a, at);
                case PUBLISH_WISH -> s.publishWish(id, node(st.community().orElseThrow()), person(st.resident()),
                        st.text().orElseThrow(), a, at);
                case CLAIM_WISH -> s.claimWish(ServiceId.wish(id), person(st.member()), a, at);
                case SUBMIT_SERVICE -> s.submitService(id, person(st.member()), st.text().orElseThrow(),
                        st.from().orElseThrow(), st.until().orElseThrow(), st.resident().map(PersonId::new),
                        st.with(), st.source().map(this::source), a, at);
                case VERIFY_SERVICE -> s.verifyService(ServiceId.record(id), st.with().orElseThrow(),
                        st.borneOut().orElseThrow(), a, at);
                case CONFIRM_SERVICE -> s.confirmService(ServiceId.record(id), a, at);
                case REJECT_SERVICE -> s.rejectService(ServiceId.record(id), words(st), a, at);
                case REVERSE_SERVICE -> s.reverseService(ServiceId.record(id), words(st), a, at);
                case PLACE_ORDER -> s.menu().placeOrder(id, node(st.community().orElseThrow()), person(st.resident()),
                        st.text().orElseThrow(), a, at);
                case DISPATCH_ORDER -> s.menu().dispatchOrder(ServiceId.order(id), person(st.member()), a, at);
                case TAKE_ORDER -> s.menu().takeOrder(ServiceId.order(id), person(st.member()), a, at);
                case PUBLISH_ORDER -> s.menu().publishOrder(ServiceId.order(id), st.text().orElseThrow(), a, at);
                case PUBLISH_POST -> s.menu().publishPost(id, node(st.community().orElseThrow()), st.text().orElseThrow(),
                        st.category().orElseThrow(), st.quantity().orElseThrow(), a, at);
                case CLAIM_POST -> s.menu().claimPost(ServiceId.post(id), person(st.member()), a, at);
                default -> joint(st, a, at);
            };
        }

        private ServiceOutcome joint(Step st, Actor a, Instant at) {
            OrganizationId unit = unit(st.unit().orElseThrow());
            NodeId community = node(st.community().orElseThrow());
            ServiceId agreement = ServiceId.agreement(unit, community);
            String id = st.id().orElse("-");
            return switch (st.action()) {
                case SIGN_AGREEMENT -> j.sign(unit, community, a, at);
                case LIST_NEED, LIST_RESOURCE -> j.list(agreement, id, st.action() == Action.LIST_NEED,
                        st.category().orElseThrow(), st.quantity().orElseThrow(), st.text().orElseThrow(), a, at);
                case MATCH -> j.match(agreement, id, st.need().orElseThrow(), st.resource().orElseThrow(),
                        new PersonId(st.communityOwner().orElseThrow()), new PersonId(st.unitOwner().orElseThrow()), a, at);
                case START_PROJECT -> j.start(agreement, id, a, at);
                case FINISH_PROJECT -> j.finish(agreement, id, st.text().orElseThrow(), a, at);
                default -> throw new IllegalStateException("not an action: " + st.action());
            };
        }

        /** The step's actor: {@code as:}, else the member or resident for their own actions, else the community's. */
        private Optional<Actor> actor(Step st) {
            if (st.as().isPresent()) {
                return Parties.named(city, st.as().get(), st.at());
            }
            return switch (st.action()) {
                case CLAIM_WISH, SUBMIT_SERVICE, TAKE_ORDER, CLAIM_POST -> Optional.of(Actor.resident(person(st.member())));
                case REPORT_IN -> st.member().isPresent() ? Optional.of(Actor.resident(person(st.member())))
                        : staff(node(st.community().orElseThrow()), st.at());
                case PLACE_ORDER -> Optional.of(Actor.resident(person(st.resident())));
                case VERIFY_SERVICE, CONFIRM_SERVICE, REJECT_SERVICE, REVERSE_SERVICE -> staff(verifier(st), st.at());
                default -> staff(community(st), st.at());
            };
        }

        /** Where the policy has a step's service record verified; the step's community for an unknown record. */
        private NodeId verifier(Step st) {
            ServiceId id = ServiceId.record(st.id().orElse("-"));
            return s.find(id, org.gridgov.service.ServiceRecord.class).map(r -> s.verifier(id).node())
                    .orElseGet(() -> community(st));
        }

        /** Whoever acts for the party organization of a community (the one that confirms and verifies). */
        private Optional<Actor> staff(NodeId community, Instant at) {
            return city.organizations().partyBodyFor(community).flatMap(o -> Parties.organization(city, o.id(), at));
        }

        /** The community a step is about: named, or the one of the member's report-in or of the thing it acts on. */
        private NodeId community(Step st) {
            if (st.community().isPresent()) {
                return node(st.community().get());
            }
            if (st.unit().isPresent()) {
                OrganizationId u = unit(st.unit().get());
                return s.reportIns().stream().filter(r -> r.member().isEmpty() && r.unit().equals(Optional.of(u)))
                        .findFirst().map(r -> r.community()).orElse(city.jurisdiction().root().id());
            }
            Optional<NodeId> of = st.member().flatMap(m -> s.reportIns().stream()
                    .filter(r -> r.member().equals(Optional.of(new PersonId(m)))).findFirst().map(r -> r.community()));
            if (of.isPresent()) {
                return of.get();
            }
            String id = st.id().orElse("");
            return s.wishes().stream().filter(w -> w.id().equals(ServiceId.wish(id))).map(w -> w.community()).findFirst()
                    .or(() -> s.menu().orders().stream().filter(o -> o.id().equals(ServiceId.order(id))).map(o -> o.community())
                            .findFirst())
                    .or(() -> s.menu().posts().stream().filter(p -> p.id().equals(ServiceId.post(id))).map(p -> p.community())
                            .findFirst())
                    .or(() -> s.records().stream().filter(r -> r.id().equals(ServiceId.record(id))).findFirst()
                            .flatMap(r -> s.reportIns().stream().filter(x -> x.member().equals(Optional.of(r.member())))
                                    .findFirst().map(x -> x.community())))
                    .orElse(city.jurisdiction().root().id());
        }

        private ServiceId reportIn(Step st) {
            return st.unit().isPresent() ? ServiceId.reportIn(unit(st.unit().get()), scenario.year())
                    : ServiceId.reportIn(person(st.member()), scenario.year());
        }

        /** A source named by id: a wish, an order or a post, whichever exists (a wish if none does). */
        private ServiceId source(String id) {
            List<ServiceId> existing = new ArrayList<>();
            s.wishes().forEach(w -> existing.add(w.id()));
            s.menu().orders().forEach(o -> existing.add(o.id()));
            s.menu().posts().forEach(p -> existing.add(p.id()));
            return List.of(ServiceId.wish(id), ServiceId.order(id), ServiceId.post(id)).stream()
                    .filter(existing::contains).findFirst().orElse(ServiceId.wish(id));
        }

        private static Bilingual words(Step st) {
            String t = st.text().orElse("场景");
            return Bilingual.of(t, t);
        }

        private static PersonId person(Optional<String> id) {
            return new PersonId(id.orElseThrow());
        }

        NodeId node(String text) {
            var found = city.jurisdiction().lookup(text);
            return found.unique().map(JurisdictionNode::id).orElseThrow(() -> new IllegalArgumentException(
                    found.problem().zh() + " / " + found.problem().en()));
        }

        OrganizationId unit(String text) {
            return city.organizations().find(new OrganizationId(text)).map(Organization::id)
                    .or(() -> city.organizations().lookup(text).map(Organization::id))
                    .orElseThrow(() -> new IllegalArgumentException("未知的单位 '" + text + "' / unknown organization '"
                            + text + "'"));
        }

        private void outcome(Step st, ServiceOutcome o) {
            boolean refused = o instanceof ServiceOutcome.Refused;
            if (st.expectRefused() && !refused) {
                results.add(fail(st, "预期被拒绝，但已执行 / expected a refusal, but it was done"));
            } else if (!st.expectRefused() && o instanceof ServiceOutcome.Refused r) {
                results.add(fail(st, "动作 " + st.action().key() + " 被拒绝: " + r.rejection().reason().zh()
                        + " / refused: " + r.rejection().reason().en() + " (" + r.rejection().code() + ")"));
            } else if (o instanceof ServiceOutcome.Conflicted c) {
                results.add(fail(st, "与其他写入冲突 / conflicted on " + c.stream()));
            } else {
                results.add(pass(st, st.action().key() + (refused ? " 按预期被拒绝 / refused as expected" : " 已执行 / done")));
            }
        }

        private ExpectationResult pass(Step st, String what) {
            return new ExpectationResult(st.index(), st.line(), st.at(), "", true, what);
        }

        private ExpectationResult fail(Step st, String why) {
            return new ExpectationResult(st.index(), st.line(), st.at(), "", false, scenario.file()
                    + (st.line() > 0 ? ":" + st.line() : "") + " 于 " + TIME.format(st.at().atZone(city.zone()))
                    + " (at)\n  " + why);
        }
    }
}
