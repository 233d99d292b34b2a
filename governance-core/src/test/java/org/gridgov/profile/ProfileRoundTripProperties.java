package org.gridgov.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gridgov.document.DocumentException;

class ProfileRoundTripProperties {

    @Example
    void theSmallCityRoundTripsThroughYamlAndJson() throws IOException, DocumentException {
        String text;
        try (var in = getClass().getResourceAsStream("/org/gridgov/city/small-city.yaml")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        CityProfile read = ProfileReader.read("small-city.yaml", text).profile();
        assertThat(read.people()).hasSize(3);
        assertRoundTrips(read);
    }

    @Example
    void personalDataOfAProfileNeverReachesALog() {
        PersonSpec p = new PersonSpec("p1", "张三", List.of("resident"), "13800001111", "220202195803120047",
                null, null, null, List.of());
        assertThat(p.toString()).doesNotContain("13800001111").doesNotContain("220202195803120047").contains("p1");
    }

    @Property(tries = 200)
    void everyProfileRoundTrips(@ForAll("profiles") CityProfile profile) throws DocumentException {
        assertRoundTrips(profile);
    }

    static void assertRoundTrips(CityProfile profile) throws DocumentException {
        for (String file : List.of("city.yaml", "city.json")) {
            String written = ProfileReader.write(file, profile);
            CityProfile again = ProfileReader.read(file, written).profile();
            assertThat(again).as(file + ":\n" + written).isEqualTo(profile);
            assertThat(ProfileReader.write(file, again)).isEqualTo(written);
        }
    }

    /** Texts that YAML likes to reinterpret: booleans, nulls, numbers with zeros, indicators, CJK. */
    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.of("yes", "no", "null", "true", "~", "0012", "220202001001", "1e3", "- x", "a: b",
                        "#注释", "网格长", "\"quoted\"", "it's", " lead", "trail ", "多行\n文本", "{x}", "[y]", "@at"),
                Arbitraries.strings().withChars("网格社区abc-_:#'\" 0123").ofMinLength(1).ofMaxLength(12)
                        .filter(s -> !s.isBlank()));
    }

    @Provide
    Arbitrary<CityProfile> profiles() {
        Arbitrary<String> text = texts();
        Arbitrary<String> maybe = text.injectNull(0.3);
        Arbitrary<NameSpec> name = Combinators.combine(text, text).as(NameSpec::new);
        Arbitrary<LevelSpec> level = Combinators.combine(text, name, Arbitraries.of("administrative", "grid"), maybe)
                .as(LevelSpec::new);
        Arbitrary<OrganizationSpec> org = Combinators.combine(text, text, name, text, maybe).as(OrganizationSpec::new);
        Arbitrary<LocalDate> day = Arbitraries.integers().between(0, 20000).map(d -> LocalDate.of(1990, 1, 1).plusDays(d));
        Arbitrary<AssignmentSpec> assignment = Combinators.combine(text, text, maybe, maybe,
                Arbitraries.of("primary", "backup").injectNull(0.3), day, day.injectNull(0.5)).as(AssignmentSpec::new);
        Arbitrary<OffsetDateTime> instant = Arbitraries.longs().between(0, 2_000_000_000L)
                .map(s -> OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(s), ZoneOffset.ofHours(8)));
        Arbitrary<PersonSpec> person = Combinators.combine(text, text, text.list().ofMaxSize(3), maybe, maybe,
                Combinators.combine(text, Arbitraries.of(true, false)).as(PersonSpec.PartySpec::new).injectNull(0.5),
                text.list().ofMaxSize(2)).as((id, n, kinds, phone, res, party, groups) ->
                new PersonSpec(id, n, kinds, phone, null, res, null, party, groups));
        Arbitrary<JurisdictionSpec> jurisdiction = Combinators.combine(maybe,
                Combinators.combine(text, Arbitraries.integers().between(0, 30).injectNull(0.3),
                        Arbitraries.integers().between(0, 30).injectNull(0.3),
                        Arbitraries.maps(Arbitraries.strings().numeric().ofLength(12), Arbitraries.integers().between(0, 9))
                                .ofMaxSize(2), text.list().ofMaxSize(2)).as(GridPlanSpec::new).injectNull(0.3),
                Combinators.combine(text, maybe, text, name, maybe, maybe, text.list().ofMaxSize(2), maybe)
                        .as(NodeSpecEntry::new).list().ofMaxSize(3),
                Combinators.combine(text, Arbitraries.doubles().between(-180, 180).list().ofSize(2).list().ofMaxSize(4))
                        .as(AreaSpec::new).list().ofMaxSize(2)).as(JurisdictionSpec::new);
        return Combinators.combine(text, name, maybe, level.list().ofMaxSize(4), jurisdiction,
                        org.list().ofMaxSize(3), person.list().ofMaxSize(3), assignment.list().ofMaxSize(3))
                .as((id, n, zone, levels, j, orgs, people, assignments) -> new CityProfile(null, id, n, zone, levels,
                        List.of(new CatalogEntrySpec("party", NameSpec.of("党建网"))), j, List.of(), List.of(),
                        Map.of("grid", "party-group"), List.of(new CategorySpec("c", NameSpec.of("类"), null, null)),
                        List.of(), orgs, List.of(), List.of(new PairingSpec("u", "c", LocalDate.of(2024, 1, 1), null)),
                        people, assignments,
                        List.of(new AbsenceSpec("p", OffsetDateTime.parse("2024-03-01T08:00+08:00"),
                                OffsetDateTime.parse("2024-03-02T08:00+08:00"), "病假")),
                        List.of(new CalendarSpec(null,
                                List.of(new CalendarSpec.PeriodSpec(java.time.LocalTime.of(9, 0), java.time.LocalTime.of(17, 0))),
                                List.of(new CalendarSpec.DaysSpec(LocalDate.of(2024, 6, 1), null, n)),
                                List.of())),
                        new StaffingSpec(7L, LocalDate.of(2024, 1, 1),
                                List.of(new StaffingSpec.Team("t", "grid", new NameSpec("{node}" + n, null), List.of("community"))),
                                List.of(new StaffingSpec.Post("r", "grid", null, true, List.of("cadre"))),
                                new StaffingSpec.Members(100 + levels.size(), 3, "unit", zone, "c", id, 2, 0.25)),
                        List.of(new BodySpec("b" + id, NameSpec.of("五方共议会"), "five-party-council", "c", "org",
                                List.of(new BodySpec.SeatSpec("rc", NameSpec.of("居委会"), "residents-committee", null, true),
                                        new BodySpec.SeatSpec("police", NameSpec.of("社区民警"), null, "police", null)),
                                "每月" + (levels.size() + 1) + "日", new BodySpec.QuorumSpec(">=2/3", List.of("rc")),
                                new BodySpec.MajoritySpec("1/2", "present", orgs.size()), "by-seat"))));
    }
}
