package org.gridgov.rules.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.gridgov.rules.runtime.PackSettings;
import org.gridgov.time.TimeLimit;
import org.gridgov.validation.InvalidModelException;
import org.junit.jupiter.api.Test;

class RoutingSettingsTest {
    static ObjectNode yaml(String text) throws Exception {
        return (ObjectNode) new YAMLMapper().readTree(text);
    }

    @Test
    void absentSettingsTakeTheDocumentedDefaults() throws Exception {
        PackSettings s = PackSettings.parse(yaml("{}"));
        assertThat(s.fallback()).containsExactly("street", "district");
        assertThat(s.defaultLimit()).isEqualTo(TimeLimit.parse("7 天"));
        assertThat(s.cityLevel("district")).isEqualTo("district");
    }

    @Test
    void levelAliasesMapBothWays() throws Exception {
        PackSettings s = PackSettings.parse(yaml("levelAliases: {district: county}"));
        assertThat(s.cityLevel("district")).isEqualTo("county");
        assertThat(s.packLevel("county")).isEqualTo("district");
        assertThat(s.packLevel("street")).isEqualTo("street");
    }

    @Test
    void unreadableLimitsAndUnknownSeveritiesAreAllNamed() throws Exception {
        assertThatThrownBy(() -> PackSettings.parse(yaml(
                "timeLimits: {default: 3 weeks, bySeverity: {urgent: 2h, high: soon}}")))
                .isInstanceOf(InvalidModelException.class)
                .satisfies(e -> assertThat(((InvalidModelException) e).problems()).extracting(p -> p.id())
                        .containsExactlyInAnyOrder("settings.timeLimits.default", "settings.timeLimits.bySeverity.high",
                                "settings.timeLimits.bySeverity.urgent"));
    }
}
