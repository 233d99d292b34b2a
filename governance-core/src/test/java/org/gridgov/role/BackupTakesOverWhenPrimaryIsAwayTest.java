package org.gridgov.role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.role.Rosters.END;
import static org.gridgov.role.Rosters.GRID_1;
import static org.gridgov.role.Rosters.GRID_LEADER;
import static org.gridgov.role.Rosters.SHANGHAI;
import static org.gridgov.role.Rosters.START;
import static org.gridgov.role.Rosters.assignment;
import static org.gridgov.role.Rosters.away;
import static org.gridgov.role.Rosters.noon;
import static org.gridgov.role.Rosters.person;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.gridgov.jurisdiction.NodeId;
import org.junit.jupiter.api.Test;

class BackupTakesOverWhenPrimaryIsAwayTest {
    private static final LocalDate MARCH_3 = LocalDate.of(2025, 3, 3);
    private static final Instant AT = noon(MARCH_3);
    private final Rosters fixture = Rosters.city();
    private final Roster roster = fixture.gridOneWithTwoBackups();

    @Test
    void aPresentPrimaryActs() {
        assertThat(roster.actingFor(GRID_LEADER, GRID_1, AT)).hasValueSatisfying(acting -> {
            assertThat(acting.person()).isEqualTo(person("gw-a"));
            assertThat(acting.viaBackup()).isFalse();
            assertThat(acting.assignment().post()).isEqualTo(Post.PRIMARY);
        });
    }

    @Test
    void aPrimaryOnLeaveIsReplacedByTheFirstBackup() {
        Roster onLeave = roster.withAbsence(away("gw-a", AT.minus(Duration.ofDays(1)), AT.plus(Duration.ofDays(1))));
        assertThat(onLeave.actingFor(GRID_LEADER, GRID_1, AT)).hasValueSatisfying(acting -> {
            assertThat(acting.person()).isEqualTo(person("gw-b"));
            assertThat(acting.viaBackup()).isTrue();
        });
        assertThat(roster.actingFor(GRID_LEADER, GRID_1, AT)).map(Acting::person).contains(person("gw-a"));
    }

    @Test
    void aDayIsTheSameAllDayUnlessAnAbsenceTouchesIt() {
        Instant morning = MARCH_3.atStartOfDay(SHANGHAI).toInstant();
        Roster r = roster.withAbsence(away("gw-a", AT.plus(Duration.ofHours(3)), AT.plus(Duration.ofHours(4))));
        assertThat(roster.sameAllDay(AT)).isTrue();
        // Touched at 15:00, so not even the morning may keep its answer for the day...
        assertThat(r.sameAllDay(morning)).isFalse();
        assertThat(r.actingFor(GRID_LEADER, GRID_1, morning)).map(Acting::person).contains(person("gw-a"));
        assertThat(r.actingFor(GRID_LEADER, GRID_1, AT.plus(Duration.ofHours(3)))).map(Acting::person)
                .contains(person("gw-b"));
        // ...while the days before and after are untouched; an absence ending at midnight does not touch the next.
        assertThat(r.sameAllDay(AT.minus(Duration.ofDays(1)))).isTrue();
        assertThat(r.sameAllDay(AT.plus(Duration.ofDays(1)))).isTrue();
        Instant midnight = MARCH_3.plusDays(1).atStartOfDay(SHANGHAI).toInstant();
        Roster untilMidnight = roster.withAbsence(away("gw-a", AT, midnight));
        assertThat(untilMidnight.sameAllDay(midnight)).isTrue();
        assertThat(untilMidnight.sameAllDay(midnight.minusSeconds(1))).isFalse();
    }

    @Test
    void withTheFirstBackupAwayTooTheSecondActs() {
        Roster r = roster.withAbsence(away("gw-a", AT, AT.plusSeconds(3600)))
                .withAbsence(away("gw-b", AT, AT.plusSeconds(3600)));
        assertThat(r.actingFor(GRID_LEADER, GRID_1, AT)).map(Acting::person).contains(person("gw-c"));
    }

    @Test
    void withEveryoneAwayNobodyActs() {
        Roster r = roster.withAbsence(away("gw-a", AT, AT.plusSeconds(3600)))
                .withAbsence(away("gw-b", AT, AT.plusSeconds(3600)))
                .withAbsence(away("gw-c", AT, AT.plusSeconds(3600)));
        assertThat(r.actingFor(GRID_LEADER, GRID_1, AT)).isEmpty();
        assertThat(r.holders(GRID_LEADER, GRID_1, AT)).extracting(Assignment::person)
                .containsExactly(person("gw-a"), person("gw-b"), person("gw-c"));
    }

    @Test
    void anAbsenceIsHalfOpen() {
        Roster r = roster.withAbsence(away("gw-a", AT, AT.plusSeconds(3600)));
        assertThat(r.actingFor(GRID_LEADER, GRID_1, AT.minusNanos(1))).map(Acting::person).contains(person("gw-a"));
        assertThat(r.actingFor(GRID_LEADER, GRID_1, AT)).map(Acting::person).contains(person("gw-b"));
        assertThat(r.actingFor(GRID_LEADER, GRID_1, AT.plusSeconds(3600))).map(Acting::person)
                .contains(person("gw-a"));
        assertThat(r.isAbsent(person("gw-a"), AT.plusSeconds(3599))).isTrue();
        assertThat(r.isAbsent(person("gw-a"), AT.plusSeconds(3600))).isFalse();
    }

    @Test
    void anAssignmentOutsideItsDatesDoesNotAct() {
        Roster r = fixture.builder()
                .assign(assignment("gw-a", Post.PRIMARY, MARCH_3, Optional.of(MARCH_3)))
                .assign(assignment("gw-b", Post.BACKUP, LocalDate.of(2025, 4, 1), Optional.empty()))
                .build();
        assertThat(r.actingFor(GRID_LEADER, GRID_1, noon(MARCH_3))).map(Acting::person).contains(person("gw-a"));
        assertThat(r.actingFor(GRID_LEADER, GRID_1, noon(MARCH_3.minusDays(1)))).isEmpty();
        assertThat(r.actingFor(GRID_LEADER, GRID_1, noon(MARCH_3.plusDays(1)))).isEmpty();
        assertThat(r.actingFor(GRID_LEADER, GRID_1, noon(LocalDate.of(2025, 4, 1))))
                .hasValueSatisfying(a -> assertThat(a.viaBackup()).isTrue());
    }

    @Test
    void aVacantPrimaryPostIsFilledByTheBackup() {
        Roster r = fixture.builder().assign(assignment("gw-b", Post.BACKUP, START, Optional.empty())).build();
        assertThat(r.actingFor(GRID_LEADER, GRID_1, AT)).hasValueSatisfying(a -> {
            assertThat(a.person()).isEqualTo(person("gw-b"));
            assertThat(a.viaBackup()).isTrue();
        });
    }

    @Test
    void theDayIsTheCitysDateOfTheInstant() {
        Roster r = fixture.builder()
                .assign(assignment("gw-a", Post.PRIMARY, LocalDate.of(2025, 4, 1), Optional.empty()))
                .build();
        Instant lateMarch31Utc = Instant.parse("2025-03-31T16:30:00Z"); // 00:30 on 1 April in Shanghai
        assertThat(r.dayOf(lateMarch31Utc)).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(r.actingFor(GRID_LEADER, GRID_1, lateMarch31Utc)).isPresent();
        assertThat(r.actingFor(GRID_LEADER, GRID_1, Instant.parse("2025-03-31T15:59:59Z"))).isEmpty();
        assertThat(r.zone()).isEqualTo(SHANGHAI);
    }

    @Test
    void assignmentsOfAPersonAreThoseOfTheDay() {
        Roster r = fixture.builder()
                .assign(assignment("gw-a", Post.PRIMARY, START, Optional.of(END)))
                .assign(new Assignment(person("gw-a"), Rosters.BUILDING_LEADER,
                        RoleTarget.at(new NodeId("S1C1E1G1B1")), Post.PRIMARY, MARCH_3, Optional.empty()))
                .assign(new Assignment(person("member-home"), Rosters.SECRETARY,
                        RoleTarget.in(Rosters.org("BUREAU-PB")), Post.PRIMARY, START, Optional.empty()))
                .build();
        assertThat(r.assignmentsOf(person("gw-a"), noon(MARCH_3))).hasSize(2);
        assertThat(r.assignmentsOf(person("gw-a"), noon(MARCH_3.minusDays(1)))).hasSize(1);
        assertThat(r.assignmentsOf(person("gw-b"), AT)).isEmpty();
        assertThat(r.actingFor(Rosters.SECRETARY, RoleTarget.in(Rosters.org("BUREAU-PB")), AT))
                .map(Acting::person).contains(person("member-home"));
    }

    @Test
    void queriesRejectUnknownIds() {
        assertThatThrownBy(() -> roster.actingFor(new RoleTypeId("mayor"), GRID_1, AT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mayor");
        assertThatThrownBy(() -> roster.actingFor(GRID_LEADER, RoleTarget.at(new NodeId("NOWHERE")), AT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NOWHERE");
        assertThatThrownBy(() -> roster.isAbsent(person("ghost"), AT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> roster.assignmentsOf(person("ghost"), AT))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
