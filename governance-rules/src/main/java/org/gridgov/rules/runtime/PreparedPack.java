package org.gridgov.rules.runtime;

import java.util.Objects;
import org.gridgov.rules.firing.FiringMemo;
import org.gridgov.rules.firing.SessionPool;

/**
 * The active pack made ready to decide: its settings read once, its pooled sessions (firing within the pack's
 * budget) and the memo of its firings by case shape.
 *
 * @param pack     the pack
 * @param settings its settings, read once
 * @param sessions its pooled sessions
 * @param memo     its remembered firings
 */
public record PreparedPack(ActivePack pack, PackSettings settings, SessionPool sessions, FiringMemo memo) {
    public PreparedPack {
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(memo, "memo");
    }
}
