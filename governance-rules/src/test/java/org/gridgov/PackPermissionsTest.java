package org.gridgov;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.gridgov.actor.Actor;
import org.gridgov.authorization.Parties;
import org.gridgov.city.City;
import org.gridgov.city.CityLoader;
import org.gridgov.i18n.Bilingual;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.mode.Mode;
import org.gridgov.people.PersonId;
import org.gridgov.role.RoleTarget;
import org.gridgov.role.RoleTypeId;
import org.gridgov.rules.pack.PackLoadException;
import org.gridgov.rules.pack.PackProblem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pack's permissions.yaml changes the standard matrix for its city; what cannot apply is an error at its line. */
class PackPermissionsTest {
    static final Instant AT = Instant.parse("2024-05-07T02:00:00Z");
    static final Actor DISTRICT_DUTY = Actor.inRole(new PersonId("d-D"), new RoleTypeId("duty-officer"),
            RoleTarget.at(new NodeId("D")));
    static final Actor STREET_DUTY = Actor.inRole(new PersonId("d-S1"), new RoleTypeId("duty-officer"),
            RoleTarget.at(new NodeId("S1")));
    static City city;

    @BeforeAll
    static void load() throws Exception {
        city = CityLoader.loadResource(PackPermissionsTest.class.getClassLoader(),
                "org/gridgov/rules/routing/routing-city.yaml");
    }

    static Path pack(Path dir, String permissions) throws Exception {
        Files.createDirectories(dir.resolve("rules"));
        Files.writeString(dir.resolve("pack.yaml"), "id: p\nname: 包\nversion: \"1\"\nextends: base\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("permissions.yaml"), permissions, StandardCharsets.UTF_8);
        return dir;
    }

    @Test
    void aCityGrantsModeSwitchesToItsDistrictDutyOfficersAndRevokesThePlatforms(@TempDir Path dir) throws Exception {
        CityEngine e = GridGov.forCity(city).pack(pack(dir, """
                grants:
                  - id: district-switches
                    name: {zh: 区值班员切换平急状态, en: the district's duty officer switches modes}
                    commands: switch-mode
                    roles: [duty-officer]
                    atOrAbove: district
                revoke: platform-switches-mode
                """)).build();
        Bilingual why = Bilingual.of("暴雨", "rainstorm");
        assertThat(e.engine().switchMode(new NodeId("S1"), Mode.EMERGENCY, why, DISTRICT_DUTY, AT)).isEmpty();
        assertThat(e.engine().modeAt(new NodeId("G1"), AT.plusSeconds(1))).isEqualTo(Mode.EMERGENCY);
        assertThat(e.engine().switchMode(new NodeId("S1"), Mode.NORMAL, why, STREET_DUTY, AT.plusSeconds(2)))
                .hasValueSatisfying(r -> assertThat(r.reason().en()).contains("below the level district"));
        assertThat(e.engine().switchMode(new NodeId("C"), Mode.EMERGENCY, why, DISTRICT_DUTY, AT.plusSeconds(3)))
                .as("the city lies outside the district").isPresent();
        assertThat(e.engine().switchMode(new NodeId("S1"), Mode.NORMAL, why, Parties.PLATFORM, AT.plusSeconds(4)))
                .as("revoked").isPresent();
        assertThat(e.permissions().grant("platform-switches-mode")).isEmpty();
        assertThat(e.permissions().grant("owner-handles")).as("the rest is standard").isPresent();
    }

    @Test
    void aRoleOrLevelTheCityLacksIsAnErrorAtItsLineAndAnIdleRevokeAWarning(@TempDir Path dir) throws Exception {
        PackLoadException e = catchThrowableOfType(PackLoadException.class, () -> GridGov.forCity(city).pack(pack(dir, """
                grants:
                  - id: x
                    name: 甲
                    commands: exclude
                    roles: [reviewer]
                    atOrAbove: county
                revoke: nothing-like-this
                """)).build());
        assertThat(e.problems()).filteredOn(PackProblem::isError).extracting(PackProblem::file, PackProblem::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("permissions.yaml", 5),
                        org.assertj.core.groups.Tuple.tuple("permissions.yaml", 6));
        assertThat(e.getMessage()).contains("the city has no role reviewer").contains("the city has no level county");
        assertThat(e.problems()).filteredOn(p -> !p.isError()).singleElement()
                .satisfies(p -> assertThat(p.message().en()).contains("no pack below grants nothing-like-this"));
    }

    @Test
    void aFileThatDoesNotReadIsAnErrorWithItsFieldAndLine(@TempDir Path dir) throws Exception {
        PackLoadException e = catchThrowableOfType(PackLoadException.class, () -> GridGov.forCity(city).pack(pack(dir, """
                grants:
                  - id: x
                    name: 甲
                    commands: [fly]
                    residents: true
                """)).build());
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("permissions.yaml");
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message().en()).contains("grants[0].commands[0]").contains("unknown command \"fly\"");
        });
    }
}
