package org.gridgov.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SourceMapTest {
    private static final String YAML = """
            名称: 测试
            案件:
              - {编号: a}
            步骤:
              - 预期: {案件: a}
              - 预期:
                  案件: b
            """;

    @Test
    void aliasedKeysAreFoundByTheirCanonicalPathsAndTheOriginalPathsStillWork() {
        SourceMap map = SourceMap.of(new ObjectMapper(new YAMLFactory()), YAML)
                .withAliases(Map.of("案件", Set.of("cases", "case"), "步骤", Set.of("steps"), "预期", Set.of("expect")));
        assertThat(map.locate("cases[0]")[0]).isEqualTo(3);
        assertThat(map.locate("steps[1].expect.case")[0]).isEqualTo(7);
        assertThat(map.locate("步骤[1].预期.案件")[0]).isEqualTo(7);
        // Unknown paths still fall back to their nearest located parent.
        assertThat(map.locate("steps[0].expect.owner")[0]).isEqualTo(5);
    }

    @Test
    void withoutAliasesAChineseDocumentIsOnlyFoundByItsOwnKeys() {
        SourceMap map = SourceMap.of(new ObjectMapper(new YAMLFactory()), YAML);
        assertThat(map.locate("步骤[1].预期.案件")[0]).isEqualTo(7);
        assertThat(map.locate("steps[1].expect.case")[0]).isNotEqualTo(7);
    }
}
