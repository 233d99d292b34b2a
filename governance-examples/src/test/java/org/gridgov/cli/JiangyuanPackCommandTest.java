package org.gridgov.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.cli.DemoCommandTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The shipped 江源区 pack from the command line: clean, every scenario passing, and explained. */
class JiangyuanPackCommandTest {

    @Test
    void theShippedJiangyuanPackValidatesWithoutErrorsOrWarnings() {
        var run = run("validate", "jiangyuan", "--lang", "en");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("jiangyuan@2024.1").contains("0 error(s), 0 warning(s)");
    }

    @Test
    void testRunsAllItsScenariosAndTheyPass() throws IOException {
        var run = run("test", "jiangyuan", "--coverage", "--lang", "en");
        assertThat(run.code()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("PASS scenarios/three-party-property.yaml", "PASS scenarios/whistle-three-levels.yaml",
                "PASS scenarios/hotline-8890.yaml", "PASS scenarios/ab-posts.yaml",
                "PASS scenarios/emergency-stations.yaml", "PASS scenarios/visits-and-evaluation.yaml",
                "PASS scenarios/district-at-scale.yaml")
                .contains("7 passed, 0 failed");
        JsonNode n = new ObjectMapper().readTree(run("test", "jiangyuan", "--json").out());
        assertThat(n.get("passed").asInt()).isEqualTo(7);
        assertThat(n.get("failed").asInt()).isZero();
        // Every rule of the district's own files fires in some scenario.
        assertThat(n.get("neverFired")).extracting(JsonNode::asText).doesNotContain("物业纠纷由社区协调",
                "网格吹哨社区联盟报到", "社区吹哨镇街联盟报到", "街镇吹哨区直部门报到", "急时网格吹哨联盟商户报到",
                "8890热线诉求接诉即办", "供暖诉求归区住建局", "供水诉求归区住建局", "代办服务归网格党群服务站",
                "急时应急物资由网格党群服务站保障", "急时人员值守由网格党群服务站承担", "急时夜间取暖由网格党群服务站开放",
                "关键人群走访由楼长上门", "8890热线诉求不满意加扣", "关键人群走访按时完成加分", "承办人不在岗转B岗");
    }

    @Test
    void explainSaysAPropertyMatterGoesToTheResidentsCommittee() {
        var run = run("explain", "jiangyuan", "--category", "property", "--location", "220605001005-G01",
                "--at", "2024-03-04T09:00", "--lang", "zh");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("物业管理类事项由新世社区居民委员会承办：规则“物业纠纷由社区协调”")
                .contains("未采用 网格先办");
    }
}
