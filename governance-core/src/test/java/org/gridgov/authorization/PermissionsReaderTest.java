package org.gridgov.authorization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Optional;
import java.util.Set;
import org.gridgov.document.DocumentException;
import org.gridgov.document.DocumentProblem;
import org.gridgov.jurisdiction.LevelId;
import org.gridgov.role.RoleTypeId;
import org.junit.jupiter.api.Test;

/** Permission files read strictly, every problem at its line and field, in Chinese and English. */
class PermissionsReaderTest {

    @Test
    void aWellFormedFileGivesItsGrantsAndRevocations() throws Exception {
        PermissionsReader.Changes c = PermissionsReader.read("permissions.yaml", """
                grants:
                  - id: county-excludes
                    name: {zh: 区县审核不纳入考核, en: the county's review excludes cases}
                    commands: exclude
                    roles: [secretary]
                    atOrAbove: county
                  - id: hotline-notes
                    name: 热线备注
                    commands: [note]
                    systems: [hotline-12345]
                revoke: residents-report
                """);
        assertThat(c.grants()).hasSize(2);
        Grant g = c.grants().get(0);
        assertThat(g.commands()).containsExactly(CommandKind.EXCLUDE);
        assertThat(g.who()).isEqualTo(new Who.Roles(Set.of(new RoleTypeId("secretary"))));
        assertThat(g.atOrAbove()).contains(new LevelId("county"));
        assertThat(g.reach()).isEqualTo(Grant.Reach.SUBTREE);
        assertThat(c.grants().get(1).name().en()).isEqualTo("热线备注");
        assertThat(c.revoked()).containsExactly("residents-report");
        Permissions p = c.applyTo(Permissions.standard());
        assertThat(p.grant("county-excludes")).isPresent();
        assertThat(p.grant("residents-report")).isEmpty();
        assertThat(p.grant("platform-excludes")).isPresent();
    }

    @Test
    void everyProblemIsReportedAtItsLine() {
        DocumentException e = catchThrowableOfType(DocumentException.class, () -> PermissionsReader.read("p.yaml", """
                grants:
                  - id: a
                    name: {zh: 甲}
                    commands: [resolve, fly]
                    roles: any
                  - id: b
                    commands: note
                    roles: any
                    residents: true
                  - id: c
                    name: 丙
                    commands: rate
                    residents: true
                    relation: neighbour
                  - id: a
                    name: 丁
                    commands: note
                    systems: [x]
                  - id: e
                    name: 戊
                    commands: note
                    roles: any
                    reach: everywhere
                """));
        assertThat(e.problems()).extracting(DocumentProblem::line).containsExactly(4, 6, 6, 14, 15, 23);
        assertThat(e.problems().get(0).message().zh()).contains("未知的命令 \"fly\"");
        assertThat(e.problems().get(0).message().en()).contains("unknown command \"fly\"").contains("resolve");
        assertThat(e.problems()).extracting(p -> p.message().en()).anySatisfy(m -> assertThat(m)
                .contains("a grant needs a Chinese name")).anySatisfy(m -> assertThat(m)
                .contains("one kind of principal")).anySatisfy(m -> assertThat(m)
                .contains("unknown relation \"neighbour\"")).anySatisfy(m -> assertThat(m)
                .contains("the grant id a is used twice")).anySatisfy(m -> assertThat(m)
                .contains("reach \"everywhere\""));
    }

    @Test
    void anUnknownFieldIsReportedWithItsName() {
        DocumentException e = catchThrowableOfType(DocumentException.class, () -> PermissionsReader.read("p.yaml", """
                grants:
                  - id: a
                    name: 甲
                    role: grid-worker
                    commands: note
                """));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.field()).isEqualTo("grants[0].role");
            assertThat(p.message().en()).contains("role");
        });
    }

    @Test
    void theStandardMatrixReadsAndNamesEveryCommand() {
        Permissions p = Permissions.standard();
        assertThat(p.grants()).extracting(Grant::id).doesNotHaveDuplicates();
        assertThat(p.grants().stream().flatMap(g -> g.commands().stream()).distinct())
                .containsExactlyInAnyOrder(CommandKind.values());
        assertThat(p.grant("owner-handles").map(Grant::relation)).isEqualTo(Optional.of(Relation.OWNER));
    }
}
