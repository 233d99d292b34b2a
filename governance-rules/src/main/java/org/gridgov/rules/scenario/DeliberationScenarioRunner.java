package org.gridgov.rules.scenario;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gridgov.CityEngine;
import org.gridgov.actor.Actor;
import org.gridgov.authorization.Parties;
import org.gridgov.category.CategoryId;
import org.gridgov.city.City;
import org.gridgov.deliberation.Attendance;
import org.gridgov.deliberation.Body;
import org.gridgov.deliberation.BodyId;
import org.gridgov.deliberation.Item;
import org.gridgov.deliberation.ItemFacts;
import org.gridgov.deliberation.ItemId;
import org.gridgov.deliberation.MeetingId;
import org.gridgov.deliberation.Presence;
import org.gridgov.deliberation.Proposer;
import org.gridgov.deliberation.Resolution;
import org.gridgov.deliberation.TaskSpec;
import org.gridgov.engine.CityGovernance;
import org.gridgov.engine.CommandOutcome;
import org.gridgov.engine.DeliberationOutcome;
import org.gridgov.engine.Deliberations;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.Issue;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.IssueStatus;
import org.gridgov.jurisdiction.JurisdictionNode;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.organization.Organization;
import org.gridgov.organization.OrganizationId;
import org.gridgov.people.PersonId;
import org.gridgov.rules.scenario.DeliberationScenario.Action;
import org.gridgov.rules.scenario.DeliberationScenario.ItemSpec;
import org.gridgov.rules.scenario.DeliberationScenario.Step;

/**
 * Runs a deliberation scenario on a fresh engine of the city and pack: each step after ticking the engine to just
 * before it (so deadlines fall due in time), as the step's actor ({@code as:}, else the body's convenor, the
 * resident for support and ratings, the platform for a proposal). Refused actions fail the scenario unless the
 * step expects the refusal; an expectation compares only what it names. The resolutions' task issues are the
 * result's cases.
 */
public final class DeliberationScenarioRunner {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private DeliberationScenarioRunner() {
    }

    /**
     * Runs the scenario.
     *
     * @throws IllegalArgumentException if the engine's store already holds items
     */
    public static ScenarioResult run(DeliberationScenario scenario, CityEngine engine) {
        if (!engine.store().itemIds().isEmpty()) {
            throw new IllegalArgumentException("a scenario runs on a fresh engine, but its store holds items");
        }
        return new Run(scenario, engine).run();
    }

    private static final class Run {
        final DeliberationScenario scenario;
        final City city;
        final CityGovernance engine;
        final Deliberations d;
        final List<ExpectationResult> results = new ArrayList<>();
        final Set<String> fired = new HashSet<>();

        Run(DeliberationScenario scenario, CityEngine e) {
            this.scenario = scenario;
            this.city = e.city();
            this.engine = e.engine();
            this.d = e.engine().deliberation();
        }

        ScenarioResult run() {
            for (Step s : scenario.steps()) {
                engine.tick(s.action() == Action.TICK || s.action() == Action.EXPECT ? s.at() : s.at().minusNanos(1));
                if (s.action() == Action.TICK) {
                    continue;
                }
                if (s.action() == Action.EXPECT) {
                    check(s, s.expect().orElseThrow());
                    continue;
                }
                Optional<Actor> actor = actor(s);
                if (actor.isEmpty()) {
                    fail(s, "此时没有人以 " + s.as().orElse("默认身份") + " 的身份行事 / nobody acts as "
                            + s.as().orElse("the default party") + " at that time");
                    continue;
                }
                try {
                    outcome(s, act(s, actor.get()));
                } catch (IllegalArgumentException bad) {
                    fail(s, bad.getMessage());
                }
            }
            List<Issue> tasks = new ArrayList<>();
            for (Item i : d.items()) {
                i.tasks().values().forEach(t -> engine.issue(t).ifPresent(tasks::add));
                i.timeline().forEach(e -> {
                    if (e instanceof org.gridgov.deliberation.ItemEvent.Decided x) {
                        fired.addAll(x.tally().rules());
                    }
                });
            }
            return new ScenarioResult(scenario.file(), scenario.name(), results, fired, tasks);
        }

        private DeliberationOutcome act(Step s, Actor a) {
            Instant at = s.at();
            ItemId item = new ItemId(s.item().orElse("-"));
            MeetingId meeting = new MeetingId(s.meeting().orElse("-"));
            String words = s.text().orElse("场景: " + s.action().key());
            return switch (s.action()) {
                case PROPOSE -> d.propose(item, facts(spec(s.item().orElseThrow())), a, at);
                case SUPPORT -> d.support(item, new PersonId(s.resident().orElseThrow()), s.channel()
                        .orElse(org.gridgov.deliberation.SupportChannel.ONLINE), a, at);
                case TABLE -> d.table(item, new BodyId(s.body().orElseThrow()), a, at);
                case WITHDRAW -> d.withdraw(item, Bilingual.of(words, words), a, at);
                case CALL -> d.call(meeting, new BodyId(s.body().orElseThrow()), s.when().orElse(at),
                        s.agenda().stream().map(ItemId::new).toList(), a, at);
                case OPEN -> d.open(meeting, attendance(s), a, at);
                case VOTE -> votes(s, a);
                case DECIDE -> d.decide(meeting, item, new Resolution(s.resolution().orElseThrow(), tasks(s)), a, at);
                case CLOSE -> d.close(meeting, words, a, at);
                case CANCEL -> d.cancel(meeting, Bilingual.of(words, words), a, at);
                case REPORT_BACK -> d.reportBack(item, meeting, words, a, at);
                case RATE -> ratings(s, a);
                case REVIEW -> d.review(item, s.review().orElseThrow(), words, a, at);
                case FINISH_TASKS -> finishTasks(s);
                default -> throw new IllegalStateException("not an action: " + s.action());
            };
        }

        /** Each person's vote, in file order; the first refusal is the step's outcome. */
        private DeliberationOutcome votes(Step s, Actor a) {
            DeliberationOutcome last = null;
            for (Map.Entry<String, org.gridgov.deliberation.Choice> v : s.votes().entrySet()) {
                last = d.vote(new MeetingId(s.meeting().orElseThrow()), new ItemId(s.item().orElseThrow()),
                        new PersonId(v.getKey()), v.getValue(), a, s.at());
                if (!last.isDone()) {
                    return last;
                }
            }
            return last;
        }

        private DeliberationOutcome ratings(Step s, Actor given) {
            DeliberationOutcome last = null;
            for (Map.Entry<String, org.gridgov.issue.Rating> r : s.ratings().entrySet()) {
                Actor a = s.as().isPresent() ? given : Actor.resident(new PersonId(r.getKey()));
                last = d.rate(new ItemId(s.item().orElseThrow()), new PersonId(r.getKey()), r.getValue(), a, s.at());
                if (!last.isDone()) {
                    return last;
                }
            }
            return last;
        }

        /** Every open task of the item accepted and resolved by whoever acts for its owner (三办). */
        private DeliberationOutcome finishTasks(Step s) {
            Item item = d.item(new ItemId(s.item().orElseThrow())).orElseThrow(() -> new IllegalArgumentException(
                    "议题 " + s.item().get() + " 尚未提出 / item " + s.item().get() + " was not proposed"));
            for (IssueId t : item.tasks().values()) {
                Issue issue = engine.issue(t).orElseThrow();
                if (!issue.status().isOpen()) {
                    continue;
                }
                Optional<Actor> owner = engine.ownerActing(t, s.at());
                if (owner.isEmpty()) {
                    throw new IllegalArgumentException("任务 " + t + " 的承办方此时无人在岗 / nobody acts for the owner of task " + t);
                }
                if (engine.issue(t).orElseThrow().status() == IssueStatus.DISPATCHED) {
                    refusedTask(s, t, engine.accept(t, owner.get(), s.at()));
                }
                refusedTask(s, t, engine.resolve(t, s.text().orElse("已按决议办结"), owner.get(), s.at()));
            }
            return new DeliberationOutcome.Done(List.of(), List.of(), List.of(), Optional.empty(), Optional.empty());
        }

        private void refusedTask(Step s, IssueId t, CommandOutcome o) {
            if (o instanceof CommandOutcome.Refused r) {
                throw new IllegalArgumentException("任务 " + t + " 被拒绝: " + r.rejection().reason().zh() + " / task " + t
                        + " refused: " + r.rejection().reason().en());
            }
        }

        private Optional<Actor> actor(Step s) {
            if (s.as().isPresent()) {
                return Parties.named(city, s.as().get().strip(), s.at());
            }
            return switch (s.action()) {
                case PROPOSE, FINISH_TASKS -> Optional.of(Parties.PLATFORM);
                case SUPPORT -> Optional.of(Actor.resident(new PersonId(s.resident().orElseThrow())));
                case RATE -> Optional.of(Parties.PLATFORM);
                default -> convenor(s).flatMap(o -> Parties.organization(city, o, s.at()));
            };
        }

        /** The convenor of the step's body: named, or the body of its meeting or item. */
        private Optional<OrganizationId> convenor(Step s) {
            Optional<BodyId> body = s.body().map(BodyId::new)
                    .or(() -> s.meeting().flatMap(m -> d.meeting(new MeetingId(m))).map(m -> m.body()))
                    .or(() -> s.item().flatMap(i -> d.item(new ItemId(i))).flatMap(Item::body));
            return body.flatMap(b -> city.bodies().find(b)).map(Body::convenor);
        }

        private ItemSpec spec(String id) {
            return scenario.items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
        }

        private ItemFacts facts(ItemSpec i) {
            List<OrganizationId> parties = i.parties().stream().map(p -> organization(p)).toList();
            Proposer proposer = java.util.Arrays.stream(Proposer.values()).filter(p -> p.key().equals(i.proposer()))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException("未知的提出方 '" + i.proposer()
                            + "' (resident, grid-worker, committee, issues) / unknown proposer '" + i.proposer() + "'"));
            return new ItemFacts(i.title(), i.text(), new CategoryId(i.category()), node(i.location()), proposer,
                    parties, i.households(), List.of());
        }

        private List<TaskSpec> tasks(Step s) {
            return s.tasks().stream().map(t -> new TaskSpec(t.text(), new CategoryId(t.category()), node(t.location())))
                    .toList();
        }

        private List<Attendance> attendance(Step s) {
            List<Attendance> out = new ArrayList<>();
            s.attendance().forEach((seat, persons) -> out.add(new Attendance(seat, persons.isEmpty() ? Presence.ABSENT
                    : s.represented().contains(seat) ? Presence.REPRESENTED : Presence.PRESENT,
                    persons.stream().map(PersonId::new).toList())));
            return out;
        }

        private NodeId node(String text) {
            var found = city.jurisdiction().lookup(text);
            return found.unique().map(JurisdictionNode::id).orElseThrow(() -> new IllegalArgumentException(
                    found.problem().zh() + " / " + found.problem().en()));
        }

        private OrganizationId organization(String text) {
            return city.organizations().find(new OrganizationId(text)).map(Organization::id)
                    .or(() -> city.organizations().lookup(text).map(Organization::id))
                    .orElseThrow(() -> new IllegalArgumentException("未知的单位 '" + text + "' / unknown organization '"
                            + text + "'"));
        }

        private void outcome(Step s, DeliberationOutcome o) {
            if (o instanceof DeliberationOutcome.Done done) {
                done.explanation().ifPresent(x -> x.fired().forEach(t -> fired.add(t.rule())));
            }
            boolean refused = o instanceof DeliberationOutcome.Refused;
            if (s.expectRefused() && !refused) {
                fail(s, "预期被拒绝，但已执行 / expected a refusal, but it was done");
            } else if (!s.expectRefused() && o instanceof DeliberationOutcome.Refused r) {
                fail(s, "动作 " + s.action().key() + " 被拒绝: " + r.rejection().reason().zh() + " / refused: "
                        + r.rejection().reason().en() + " (" + r.rejection().code() + ")");
            } else if (o instanceof DeliberationOutcome.Conflicted c) {
                fail(s, "与其他写入冲突 / conflicted on " + c.stream());
            } else {
                results.add(new ExpectationResult(s.index(), s.line(), s.at(), s.item().orElse(""), true,
                        s.action().key() + (refused ? " 按预期被拒绝 / refused as expected" : " 已执行 / done")));
            }
        }

        private void check(Step s, DeliberationScenario.Expectation e) {
            List<String> wrong = new ArrayList<>();
            e.item().ifPresent(id -> ItemChecks.check(d.item(new ItemId(id)), e, engine, city, wrong));
            e.body().ifPresent(b -> e.score().ifPresent(want -> {
                double got = d.score(new BodyId(b), scenario.start(), s.at()).score();
                if (Math.abs(got - want) > 0.01) {
                    wrong.add("得分 / score: 预期 / expected " + want + ", 实际 / actual " + got);
                }
            }));
            if (wrong.isEmpty()) {
                results.add(new ExpectationResult(s.index(), s.line(), s.at(), e.item().orElse(""), true, "预期成立 / holds"));
            } else {
                fail(s, String.join("\n  ", wrong));
            }
        }

        private void fail(Step s, String why) {
            results.add(new ExpectationResult(s.index(), s.line(), s.at(), s.item().orElse(""), false,
                    scenario.file() + (s.line() > 0 ? ":" + s.line() : "") + " 于 " + TIME.format(s.at().atZone(city.zone()))
                            + " (at)" + s.item().map(i -> ", 议题 / item " + i).orElse("") + "\n  " + why));
        }
    }
}
