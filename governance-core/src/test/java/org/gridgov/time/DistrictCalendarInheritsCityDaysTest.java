package org.gridgov.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.gridgov.fixtures.Cities;
import org.gridgov.i18n.Bilingual;
import org.gridgov.jurisdiction.Jurisdiction;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.jurisdiction.NodeSpec;
import org.gridgov.validation.InvalidModelException;
import org.junit.jupiter.api.Test;

/**
 * A city with two districts: the city declares a local holiday, one district works it anyway and has its own
 * holiday, the other district follows the city.
 *
 * <pre>
 * C city
 *   D1 district — S1 street — S1C1 community
 *   D2 district
 * </pre>
 */
class DistrictCalendarInheritsCityDaysTest {
    /** A Wednesday: a working day in the national calendar. */
    private static final LocalDate CITY_HOLIDAY = LocalDate.of(2025, 3, 12);
    /** A Thursday, off only in district D1. */
    private static final LocalDate D1_HOLIDAY = LocalDate.of(2025, 3, 13);
    private static final Bilingual FAIR = Bilingual.of("城市庙会", "city fair");

    private final Jurisdiction city = Jurisdiction.builder(Cities.levels(), List.of())
            .add(NodeSpec.root("C", "city", Bilingual.zh("某市")))
            .add(NodeSpec.child("D1", "C", "district", Bilingual.zh("一区")))
            .add(NodeSpec.child("S1", "D1", "street", Bilingual.zh("一街道")))
            .add(NodeSpec.child("S1C1", "S1", "community", Bilingual.zh("一社区")))
            .add(NodeSpec.child("D2", "C", "district", Bilingual.zh("二区")))
            .build();
    private final WorkCalendar china = WorkCalendars.chinaMainland();

    private static NodeId id(String s) {
        return new NodeId(s);
    }

    private JurisdictionCalendars withCityHolidayAndD1Exceptions() {
        return JurisdictionCalendars.of(city, china, List.of(
                new LocalCalendar(id("C"), List.of(SpecialDay.holiday(CITY_HOLIDAY, FAIR)), Optional.empty()),
                new LocalCalendar(id("D1"), List.of(
                        SpecialDay.workday(CITY_HOLIDAY, Bilingual.of("区内照常上班", "worked in this district")),
                        SpecialDay.holiday(D1_HOLIDAY, Bilingual.of("区庆", "district day"))), Optional.empty())));
    }

    @Test
    void aCityHolidayAppliesToTheDistrictsBelowIt() {
        JurisdictionCalendars cals = JurisdictionCalendars.of(city, china, List.of(
                new LocalCalendar(id("C"), List.of(SpecialDay.holiday(CITY_HOLIDAY, FAIR)), Optional.empty())));
        assertThat(china.isWorkingDay(CITY_HOLIDAY)).isTrue();
        for (String node : new String[] {"C", "D1", "S1", "S1C1", "D2"}) {
            assertThat(cals.forNode(id(node)).isWorkingDay(CITY_HOLIDAY)).as(node).isFalse();
            assertThat(cals.forNode(id(node)).day(CITY_HOLIDAY).name()).as(node).contains(FAIR);
        }
        // National holidays still apply underneath.
        assertThat(cals.forNode(id("S1C1")).isWorkingDay(LocalDate.of(2025, 10, 1))).isFalse();
    }

    @Test
    void aDistrictsOwnWorkingDayOverridesTheCitysHoliday() {
        JurisdictionCalendars cals = withCityHolidayAndD1Exceptions();
        assertThat(cals.forNode(id("D1")).isWorkingDay(CITY_HOLIDAY)).isTrue();
        assertThat(cals.forNode(id("S1C1")).isWorkingDay(CITY_HOLIDAY)).isTrue();
        assertThat(cals.forNode(id("C")).isWorkingDay(CITY_HOLIDAY)).isFalse();
        assertThat(cals.forNode(id("D1")).isWorkingDay(D1_HOLIDAY)).isFalse();
        assertThat(cals.forNode(id("S1")).isWorkingDay(D1_HOLIDAY)).isFalse();
    }

    @Test
    void aSiblingDistrictIsUnaffectedByItsNeighbour() {
        JurisdictionCalendars cals = withCityHolidayAndD1Exceptions();
        assertThat(cals.forNode(id("D2")).isWorkingDay(CITY_HOLIDAY)).isFalse(); // the city's holiday
        assertThat(cals.forNode(id("D2")).isWorkingDay(D1_HOLIDAY)).isTrue(); // not D1's
    }

    @Test
    void localDaysChangeTheCount() {
        JurisdictionCalendars cals = withCityHolidayAndD1Exceptions();
        LocalDateTime tue = LocalDateTime.parse("2025-03-11T10:00");
        // D2: Wed 12 is the city's holiday, so one working day after Tue 11 is Thu 13.
        assertThat(cals.forNode(id("D2")).plusWorkingDays(tue, 1)).isEqualTo(LocalDateTime.parse("2025-03-13T10:00"));
        // D1: Wed 12 is worked, Thu 13 is its own holiday: +1 Wed 12, +2 Fri 14.
        assertThat(cals.forNode(id("S1C1")).plusWorkingDays(tue, 2)).isEqualTo(LocalDateTime.parse("2025-03-14T10:00"));
        assertThat(cals.base().plusWorkingDays(tue, 2)).isEqualTo(LocalDateTime.parse("2025-03-13T10:00"));
    }

    @Test
    void aDistrictsOwnWorkingHoursApplyBelowItOnly() {
        WorkingHours nineToFive = WorkingHours.of(WorkingPeriod.of("09:00", "17:00"));
        JurisdictionCalendars cals = JurisdictionCalendars.of(city, china, List.of(
                new LocalCalendar(id("C"), List.of(SpecialDay.holiday(CITY_HOLIDAY, FAIR)), Optional.empty()),
                new LocalCalendar(id("D1"), List.of(), Optional.of(nineToFive))));
        assertThat(cals.forNode(id("S1C1")).workingHours()).isEqualTo(nineToFive);
        assertThat(cals.forNode(id("S1C1")).isWorkingDay(CITY_HOLIDAY)).isFalse(); // still inherits the city's day
        assertThat(cals.forNode(id("D2")).workingHours()).isEqualTo(WorkingHours.DEFAULT);
        LocalDateTime mon = LocalDateTime.parse("2025-03-10T00:00");
        assertThat(cals.forNode(id("D1")).workingTimeBetween(mon, mon.plusDays(1))).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void aUniformCalendarIsTheBaseEverywhere() {
        JurisdictionCalendars cals = JurisdictionCalendars.uniform(city, china);
        assertThat(cals.forNode(id("S1C1"))).isSameAs(china);
        assertThatThrownBy(() -> cals.forNode(id("NOPE"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCalendarForAnUnknownNodeIsRefusedNamingIt() {
        InvalidModelException e = catchThrowableOfType(InvalidModelException.class, () -> JurisdictionCalendars.of(city, china,
                List.of(new LocalCalendar(id("D9"), List.of(SpecialDay.holiday(CITY_HOLIDAY, FAIR)), Optional.empty()))));
        assertThat(e).isNotNull();
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.message().en()).contains("D9");
            assertThat(p.message().zh()).contains("D9");
        });
        assertThat(e.getMessage()).contains("D9");
    }

    @Test
    void twoCalendarsForOneNodeAreRefused() {
        LocalCalendar c = new LocalCalendar(id("D1"), List.of(), Optional.empty());
        InvalidModelException e = catchThrowableOfType(InvalidModelException.class,
                () -> JurisdictionCalendars.of(city, china, List.of(c, c)));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("D1").contains("second");
    }

    @Test
    void askingForAnUnknownNodeIsRefused() {
        JurisdictionCalendars cals = withCityHolidayAndD1Exceptions();
        assertThatThrownBy(() -> cals.forNode(id("NOPE"))).isInstanceOf(IllegalArgumentException.class);
    }
}
