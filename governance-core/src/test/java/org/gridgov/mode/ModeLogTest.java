package org.gridgov.mode;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.gridgov.actor.Actor;
import org.gridgov.i18n.Bilingual;
import org.gridgov.jurisdiction.Jurisdiction;
import org.gridgov.jurisdiction.LevelKind;
import org.gridgov.jurisdiction.LevelScheme;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.jurisdiction.NodeSpec;
import org.junit.jupiter.api.Test;

class ModeLogTest {
    static final Jurisdiction TREE = Jurisdiction.builder(LevelScheme.of(List.of(
                    LevelScheme.level("city", "市", "city", LevelKind.ADMINISTRATIVE),
                    LevelScheme.level("district", "区", "district", LevelKind.ADMINISTRATIVE))), List.of())
            .add(NodeSpec.root("c", "city", Bilingual.zh("市")))
            .add(NodeSpec.child("d1", "c", "district", Bilingual.zh("一区")))
            .add(NodeSpec.child("d2", "c", "district", Bilingual.zh("二区")))
            .build();
    static final Actor ACTOR = Actor.system("command-centre", Bilingual.of("指挥中心", "command centre"));

    static ModeSwitch at(String node, Mode mode, long second) {
        return new ModeSwitch(new NodeId(node), mode, Instant.ofEpochSecond(second), ACTOR, Bilingual.of("原因", "reason"));
    }

    @Test
    void theLatestSwitchOnTheNodesPathDecidesAndOnlyFromItsInstant() {
        ModeLog log = new ModeLog(List.of()).with(at("c", Mode.EMERGENCY, 100)).with(at("d2", Mode.NORMAL, 200));
        assertThat(log.modeAt(TREE, new NodeId("d1"), Instant.ofEpochSecond(99))).isEqualTo(Mode.NORMAL);
        assertThat(log.modeAt(TREE, new NodeId("d1"), Instant.ofEpochSecond(100))).isEqualTo(Mode.EMERGENCY);
        assertThat(log.modeAt(TREE, new NodeId("d2"), Instant.ofEpochSecond(150))).isEqualTo(Mode.EMERGENCY);
        assertThat(log.modeAt(TREE, new NodeId("d2"), Instant.ofEpochSecond(200))).isEqualTo(Mode.NORMAL);
        assertThat(log.modeAt(TREE, new NodeId("d1"), Instant.ofEpochSecond(300))).isEqualTo(Mode.EMERGENCY);
        assertThat(log.modeAt(TREE, new NodeId("c"), Instant.ofEpochSecond(300))).isEqualTo(Mode.EMERGENCY);
    }
}
