package org.gridgov.rules.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.gridgov.actor.Actor;
import org.gridgov.audit.Verdict;
import org.gridgov.authorization.CommandKind;
import org.gridgov.authorization.Parties;
import org.gridgov.category.CategoryId;
import org.gridgov.city.City;
import org.gridgov.engine.CityGovernance;
import org.gridgov.engine.CommandOutcome;
import org.gridgov.engine.GovernanceSettings;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.ChannelId;
import org.gridgov.issue.Closure;
import org.gridgov.issue.IssueEvent;
import org.gridgov.issue.IssueFacts;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Rating;
import org.gridgov.issue.Severity;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.organization.OrganizationId;
import org.gridgov.people.Person;
import org.gridgov.people.PersonId;
import org.gridgov.role.Assignment;
import org.gridgov.role.RoleTarget;
import org.gridgov.role.RoleTypeId;
import org.gridgov.rules.escalation.EscalationOnASimulatedClockTest;
import org.gridgov.store.InMemoryEventStore;

/**
 * Random commands by random actors — people claiming roles they hold, held once, or never held; residents;
 * channels, the platform and an app nobody granted — over random cases: a command the permissions refuse changes
 * no case (only the engine's own catch-up may append), every command that was carried out was issued by someone
 * the roster (or the system grants) stands behind at that instant, and the audit trail says the same.
 */
class PermissionsProperties {
    private static final Instant START = Instant.parse("2024-05-07T02:00:00Z");
    private static final String[] PLACES = {"B1", "G1", "G2", "G3", "M1", "M2"};
    private static City city;
    private static List<Actor> actors;

    @BeforeContainer
    static void load() throws Exception {
        EscalationOnASimulatedClockTest.load();
        city = EscalationOnASimulatedClockTest.city;
        actors = actors(city);
    }

    /** Everyone who might try: each person as themself, in each role they hold, in a role they never held. */
    private static List<Actor> actors(City city) {
        List<Actor> out = new ArrayList<>();
        for (Person p : city.people().all()) {
            out.add(Actor.resident(p.id()));
            for (Assignment a : city.roster().assignments()) {
                if (a.person().equals(p.id())) {
                    out.add(Actor.inRole(p.id(), a.role(), a.target()));
                }
            }
            out.add(Actor.inRole(p.id(), new RoleTypeId("grid-leader"), RoleTarget.at(new NodeId("G3"))));
        }
        out.add(Actor.resident(new PersonId("r-1")));
        out.add(Actor.inRole(new PersonId("nobody"), new RoleTypeId("duty-officer"), RoleTarget.at(new NodeId("C"))));
        city.channels().forEach(c -> out.add(Parties.channel(city, c.id())));
        out.add(Parties.PLATFORM);
        out.add(Actor.system("some-app", Bilingual.of("某应用", "some app")));
        return List.copyOf(out);
    }

    /** One attempt: a command, by an actor, on a case, some minutes after the one before. */
    /** The commands on cases, mode and exports; deliberation's commands have their own tests. */
    private static final java.util.List<CommandKind> ISSUE_COMMANDS = java.util.Arrays.stream(CommandKind.values())
            .filter(c -> c.ordinal() <= CommandKind.EXPORT_PERSONAL_DATA.ordinal()).toList();

    record Attempt(CommandKind command, int actor, int issue, int organization, int minutes) {
    }

    @Provide
    Arbitrary<List<Attempt>> attempts() {
        Arbitrary<Attempt> one = Combinators.combine(Arbitraries.of(ISSUE_COMMANDS),
                Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 1000),
                Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 600)).as(Attempt::new);
        return one.list().ofMinSize(5).ofMaxSize(60);
    }

    @Property(tries = 60)
    void refusedCommandsChangeNothingAndDoneOnesHaveAGrantingStanding(@ForAll("attempts") List<Attempt> attempts) {
        CityGovernance engine = EscalationOnASimulatedClockTest.engine(new InMemoryEventStore(),
                GovernanceSettings.DEFAULT);
        List<IssueId> reported = new ArrayList<>();
        Instant at = START;
        for (Attempt a : attempts) {
            at = at.plus(Duration.ofMinutes(a.minutes()));
            Actor actor = actors.get(a.actor() % actors.size());
            IssueId id = a.command() == CommandKind.REPORT || reported.isEmpty() ? new IssueId("c" + reported.size())
                    : reported.get(a.issue() % reported.size());
            List<IssueEvent> before = engine.issue(id).map(i -> List.copyOf(i.timeline())).orElse(List.of());
            int audited = engine.audit().size();
            CommandOutcome o = run(engine, a, actor, id, at);
            if (o == null) {
                continue;
            }
            if (o.isDone() && a.command() == CommandKind.REPORT) {
                reported.add(id);
            }
            List<IssueEvent> after = engine.issue(id).map(i -> List.copyOf(i.timeline())).orElse(List.of());
            assertThat(engine.audit()).hasSize(audited + 1);
            Verdict verdict = engine.audit().get(audited).record().verdict();
            if (o instanceof CommandOutcome.Refused r) {
                assertThat(verdict).isEqualTo(Verdict.REFUSED);
                // Only the engine's catch-up of what fell due may have appended.
                assertThat(after.subList(before.size(), after.size()))
                        .allSatisfy(e -> assertThat(e.actor()).isInstanceOf(Actor.System.class)
                                .satisfies(x -> assertThat(((Actor.System) x).id()).isEqualTo("gridgov")));
                Statistics.label("outcome").collect(r.rejection().code());
            } else if (o.isDone()) {
                assertThat(verdict).isEqualTo(Verdict.DONE);
                assertThat(engine.audit().get(audited).record().grant()).isPresent();
                assertThat(standsBehind(actor, a.command(), at)).as("%s may %s", actor, a.command()).isTrue();
                Statistics.label("outcome").collect("done");
            }
        }
    }

    /** The case CI met once: the platform exports before anything is stored, and gets an empty export. */
    @net.jqwik.api.Example
    void anExportBeforeAnyCommandIsGrantedAndEmpty() {
        int platform = actors.indexOf(Parties.PLATFORM);
        refusedCommandsChangeNothingAndDoneOnesHaveAGrantingStanding(List.of(
                new Attempt(CommandKind.EXPORT_PERSONAL_DATA, platform, 0, 0, 0),
                new Attempt(CommandKind.REPORT, platform, 0, 0, 5),
                new Attempt(CommandKind.EXPORT_PERSONAL_DATA, platform, 0, 0, 5)));
    }

    /** What the grants of the standard matrix can stand on: a granted system, a resident, or a role acted in. */
    private static boolean standsBehind(Actor actor, CommandKind command, Instant at) {
        if (actor instanceof Actor.System s) {
            return s.id().equals("platform") || city.channel(new ChannelId(s.id())).isPresent();
        }
        Actor.Person p = (Actor.Person) actor;
        if (p.role().isPresent()) {
            return city.roster().actingFor(p.role().get(), p.target().get(), at).map(x -> x.person()
                    .equals(p.person())).orElse(false);
        }
        boolean residentCommand = command == CommandKind.REPORT || command == CommandKind.RATE;
        return residentCommand || (city.people().contains(p.person()) && city.roster().assignmentsOf(p.person(), at)
                .stream().anyMatch(x -> city.roster().actingFor(x.role(), x.target(), at)
                        .map(y -> y.person().equals(p.person())).orElse(false)));
    }

    private static CommandOutcome run(CityGovernance engine, Attempt a, Actor actor, IssueId id, Instant at) {
        List<OrganizationId> orgs = city.organizations().all().stream().map(o -> o.id()).toList();
        OrganizationId unit = orgs.get(a.organization() % orgs.size());
        return switch (a.command()) {
            case REPORT -> engine.report(id, IssueFacts.of(new CategoryId("environment.noise"),
                    new ChannelId("hotline-12345"), new NodeId(PLACES[a.issue() % PLACES.length]), "噪音",
                    Severity.LOW), actor, at);
            case ACCEPT -> engine.accept(id, actor, at);
            case REJECT_DISPATCH -> engine.rejectDispatch(id, Bilingual.of("不归我们", "not ours"), actor, at);
            case SUMMON -> engine.summon(id, unit, org.gridgov.time.TimeLimit.parse("30 分钟"), actor, at);
            case CHECK_IN -> engine.checkIn(id, unit, actor, at);
            case CONSULT -> engine.consult(id, java.util.Set.of(unit), "会商", actor, at);
            case RESOLVE -> engine.resolve(id, "已办理", actor, at);
            case FEEDBACK -> engine.giveFeedback(id, "已反馈", actor, at);
            case RATE -> engine.rate(id, Rating.SATISFIED, "", actor, at);
            case EXCLUDE -> engine.exclude(id, Bilingual.of("不合理", "unreasonable"), actor, at);
            case CLOSE -> engine.close(id, Closure.RESOLVED, "关闭", actor, at);
            case NOTE -> engine.note(id, "备注", actor, at);
            case SWITCH_MODE -> {
                Optional<org.gridgov.issue.Rejection> r = engine.switchMode(new NodeId("S1"),
                        org.gridgov.mode.Mode.EMERGENCY, Bilingual.of("演练", "drill"), actor, at);
                assertThat(r.isEmpty()).isEqualTo(actor.equals(Parties.PLATFORM));
                yield null;
            }
            case EXPORT_PERSONAL_DATA -> {
                java.io.StringWriter out = new java.io.StringWriter();
                // Every earlier command left an audit entry; before the first there is nothing to export.
                boolean anythingStored = !engine.audit().isEmpty();
                assertThat(engine.exportWithPersonalData(out, actor, at).isEmpty())
                        .isEqualTo(actor.equals(Parties.PLATFORM));
                assertThat(out.toString().isEmpty()).isEqualTo(!actor.equals(Parties.PLATFORM) || !anythingStored);
                yield null;
            }
            default -> throw new IllegalStateException("not a case command: " + a.command());
        };
    }
}
