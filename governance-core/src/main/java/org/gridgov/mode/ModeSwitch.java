package org.gridgov.mode;

import java.time.Instant;
import java.util.Objects;
import org.gridgov.actor.Actor;
import org.gridgov.i18n.Bilingual;
import org.gridgov.jurisdiction.NodeId;

/**
 * A city or district switched into emergency mode or back (平急结合), at an instant. It applies to the node's
 * subtree; being an event with an instant, replays agree on the mode at any moment.
 *
 * @param node   the city, district or street switched
 * @param mode   the new mode
 * @param at     when
 * @param actor  who switched it
 * @param reason why, as recorded
 */
public record ModeSwitch(NodeId node, Mode mode, Instant at, Actor actor, Bilingual reason) {
    public ModeSwitch {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(reason, "reason");
    }
}
