package org.gridgov.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.cli.DemoCommandTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code gridgov visits}: the visits a pack's {@code settings.visits} brings in a period, filed and routed by the pack,
 * and every wrong input said plainly.
 */
class VisitsCommandTest {

    @Test
    void aMonthOfJiangyuansVisitsIsFiledAndRoutedToTheBuildingLeaderOrTheGrid() throws IOException {
        var run = run("visits", "jiangyuan", "--from", "2024-03-01", "--to", "2024-03-31", "--json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode visits = new ObjectMapper().readTree(run.out());
        // Anchored on 03-01: all six registered residents once; the monthly ones fall next on 04-01, outside.
        assertThat(visits).hasSize(6);
        List<String> people = new ArrayList<>();
        visits.forEach(v -> people.add(v.get("issue").asText()));
        assertThat(people).containsExactly("visit-p-guo-20240301", "visit-p-he-20240301", "visit-p-li-20240301",
                "visit-p-wangzh-20240301", "visit-p-yang-20240301", "visit-p-zhou-20240301");
        JsonNode li = visits.get(2);
        assertThat(li.get("person").asText()).isEqualTo("李**");
        assertThat(li.get("keyGroups")).extracting(JsonNode::asText).containsExactly("elderly", "women");
        // The 楼长 of building 1 (A post, 陈淑芬) makes it, within the pack's 5 working days.
        assertThat(li.get("owner").get("node").asText()).isEqualTo("220605001005-G01-B01");
        assertThat(li.get("owner").get("person").asText()).isEqualTo("陈**");
        assertThat(li.get("due").asText()).isEqualTo("2024-03-08T09:00");
        // 何晓宇 lives in a grid, no building: the grid's generated 网格长 takes it (网格先办).
        JsonNode he = visits.get(1);
        assertThat(he.get("owner").get("node").asText()).isEqualTo("220605001004-G01");
        assertThat(he.get("owner").has("person")).isTrue();
        assertThat(run.out()).doesNotContain("凤兰", "晓宇");
    }

    @Test
    void theTextSaysWhoIsVisitedForWhichGroupsByWhomAndWhenTheBPostCovers() {
        // 陈淑芬 (楼长 A) is away 04-01 to 04-08: the B post, 张宏伟, makes the visits of building 1.
        var run = run("visits", "jiangyuan", "--from", "2024-04-02", "--to", "2024-05-02", "--lang", "zh");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("jiangyuan@2024.1 2024-04-02 至 2024-05-02: 8 次关键人群走访")
                .contains("2024-04-02  李**  老年人、妇女", "承办: 新世社区1号楼 张** (B岗顶岗)")
                // a month later only the monthly groups (elderly, disabled); 陈淑芬 is back
                .contains("2024-05-02  李**  老年人", "承办: 新世社区1号楼 陈**")
                // 05-02 falls in the May Day holiday: due on the adjusted working Saturday
                .contains("办结时限: 2024-05-11T08:30");
    }

    @Test
    void anEarlierAnchorLeavesOnlyTheGroupsWhoseCadenceFallsInThePeriod() throws IOException {
        // Anchored on 02-01: the monthly groups (elderly, disabled) fall on 03-01, the quarterly ones on 05-01.
        var run = run("visits", "jiangyuan", "--from", "2024-03-01", "--to", "2024-03-31", "--anchor", "2024-02-01",
                "--json");
        assertThat(run.code()).as(run.err()).isZero();
        List<String> issues = new ArrayList<>();
        new ObjectMapper().readTree(run.out()).forEach(v -> issues.add(v.get("issue").asText()));
        assertThat(issues).containsExactly("visit-p-guo-20240301", "visit-p-li-20240301");
    }

    @Test
    void wrongInputIsSaidPlainlyWithoutAStackTrace() {
        var unknownCity = run("visits", "jiangyuan", "--city", "nowhere", "--from", "2024-03-01", "--to", "2024-03-31");
        assertThat(unknownCity.code()).isEqualTo(2);
        assertThat(unknownCity.err()).contains("no example city 'nowhere'");

        var unknownPack = run("visits", "nowhere", "--from", "2024-03-01", "--to", "2024-03-31");
        assertThat(unknownPack.code()).isEqualTo(2);
        assertThat(unknownPack.err()).contains("no pack folder 'nowhere'");

        var noPlan = run("visits", "jilin", "--from", "2024-03-01", "--to", "2024-03-31", "--lang", "en");
        assertThat(noPlan.code()).isEqualTo(1);
        assertThat(noPlan.err()).contains("pack jilin has no visit plan (settings.visits)");

        var badDate = run("visits", "jiangyuan", "--from", "2024-02-30", "--to", "2024-03-31");
        assertThat(badDate.code()).isEqualTo(2);
        assertThat(badDate.err()).contains("'2024-02-30' is not a date; expected YYYY-MM-DD");

        var backwards = run("visits", "jiangyuan", "--from", "2024-03-31", "--to", "2024-03-01", "--lang", "en");
        assertThat(backwards.code()).isEqualTo(2);
        assertThat(backwards.err()).contains("--to (2024-03-01) is before --from (2024-03-31)");

        var lateAnchor = run("visits", "jiangyuan", "--from", "2024-03-01", "--to", "2024-03-31", "--anchor",
                "2024-03-15", "--lang", "en");
        assertThat(lateAnchor.code()).isEqualTo(2);
        assertThat(lateAnchor.err()).contains("--anchor (2024-03-15) is after --from (2024-03-01)");

        for (var r : List.of(unknownCity, unknownPack, noPlan, badDate, backwards, lateAnchor)) {
            assertThat(r.err()).doesNotContain("Exception", "\tat ");
        }
    }
}
