package org.gridgov.role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.role.Rosters.GRID_1;
import static org.gridgov.role.Rosters.GRID_LEADER;
import static org.gridgov.role.Rosters.SHANGHAI;
import static org.gridgov.role.Rosters.START;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * For generated rosters of one grid over about a month, and generated instants: whoever actingFor returns is
 * assigned on that day and present, the primary acts whenever it is assigned and present, and nobody acts only
 * when every holder is away.
 */
class ActingForPropertiesTest {
    private static final String[] PEOPLE = {"gw-a", "gw-b", "gw-c", "member-home"};
    private static final Rosters FIXTURE = Rosters.city();
    private static final Instant T0 = START.atStartOfDay(SHANGHAI).toInstant();
    private static final int MINUTES = 40 * 24 * 60;

    /** Up to two primaries on disjoint spans, any backups, any absences. */
    record Plan(List<Span> primaries, List<Backup> backups, List<Leave> leaves) {}

    record Span(int from, int length, int person) {}

    record Backup(int person, int from, Optional<Integer> length) {}

    record Leave(int person, int fromMinute, int minutes) {}

    @Provide
    Arbitrary<Plan> plans() {
        Arbitrary<Span> span = Combinators.combine(Arbitraries.integers().between(0, 15),
                Arbitraries.integers().between(0, 15), Arbitraries.integers().between(0, PEOPLE.length - 1))
                .as(Span::new);
        Arbitrary<Backup> backup = Combinators.combine(Arbitraries.integers().between(0, PEOPLE.length - 1),
                Arbitraries.integers().between(0, 35), Arbitraries.integers().between(0, 20).optional())
                .as(Backup::new);
        Arbitrary<Leave> leave = Combinators.combine(Arbitraries.integers().between(0, PEOPLE.length - 1),
                Arbitraries.integers().between(0, MINUTES), Arbitraries.integers().between(1, 5 * 24 * 60))
                .as(Leave::new);
        return Combinators.combine(span.list().ofMaxSize(2), backup.list().ofMaxSize(3), leave.list().ofMaxSize(6))
                .as(Plan::new);
    }

    private static Roster build(Plan plan) {
        RosterBuilder b = FIXTURE.builder();
        int nextFree = 0;
        for (Span s : plan.primaries()) {
            // Each primary starts after the previous one ends, so they never overlap.
            LocalDate from = START.plusDays(nextFree + s.from());
            LocalDate until = from.plusDays(s.length());
            nextFree += s.from() + s.length() + 1;
            b.assign(Rosters.assignment(PEOPLE[s.person()], Post.PRIMARY, from, Optional.of(until)));
        }
        for (Backup k : plan.backups()) {
            LocalDate from = START.plusDays(k.from());
            b.assign(Rosters.assignment(PEOPLE[k.person()], Post.BACKUP, from, k.length().map(from::plusDays)));
        }
        for (Leave l : plan.leaves()) {
            Instant from = T0.plusSeconds(60L * l.fromMinute());
            b.absence(Rosters.away(PEOPLE[l.person()], from, from.plusSeconds(60L * l.minutes())));
        }
        return b.build();
    }

    @Property(tries = 300)
    void whoeverActsIsAssignedThatDayAndPresent(@ForAll("plans") Plan plan,
                                                @ForAll @IntRange(min = 0, max = MINUTES) int minute,
                                                @ForAll @IntRange(min = 0, max = 59) int second) {
        Roster roster = build(plan);
        Instant at = T0.plusSeconds(60L * minute + second);
        LocalDate day = at.atZone(SHANGHAI).toLocalDate();
        Optional<Acting> acting = roster.actingFor(GRID_LEADER, GRID_1, at);
        List<Assignment> holders = roster.holders(GRID_LEADER, GRID_1, at);

        acting.ifPresent(a -> {
            assertThat(roster.isAbsent(a.person(), at)).isFalse();
            assertThat(a.assignment().activeOn(day)).isTrue();
            assertThat(a.assignment().person()).isEqualTo(a.person());
            assertThat(holders).contains(a.assignment());
            assertThat(a.viaBackup()).isEqualTo(a.assignment().post() == Post.BACKUP);
        });
        Optional<Assignment> presentPrimary = holders.stream()
                .filter(h -> h.post() == Post.PRIMARY && !roster.isAbsent(h.person(), at)).findFirst();
        presentPrimary.ifPresent(p -> assertThat(acting).map(Acting::assignment).contains(p));
        assertThat(acting.isEmpty())
                .isEqualTo(holders.stream().allMatch(h -> roster.isAbsent(h.person(), at)));
    }

    @Property(tries = 100)
    void addingAnAbsenceNeverMakesTheAbsentPersonAct(@ForAll("plans") Plan plan,
                                                     @ForAll @IntRange(min = 0, max = MINUTES) int minute) {
        Roster roster = build(plan);
        Instant at = T0.plusSeconds(60L * minute);
        Optional<Acting> before = roster.actingFor(GRID_LEADER, GRID_1, at);
        if (before.isEmpty()) {
            return;
        }
        Roster after = roster.withAbsence(new Absence(before.get().person(), at, at.plusSeconds(1), "test"));
        assertThat(after.actingFor(GRID_LEADER, GRID_1, at).map(Acting::person))
                .isNotEqualTo(Optional.of(before.get().person()));
    }
}
