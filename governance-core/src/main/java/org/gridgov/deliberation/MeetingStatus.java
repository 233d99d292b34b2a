package org.gridgov.deliberation;

import org.gridgov.i18n.Bilingual;

/** Where a meeting stands. */
public enum MeetingStatus {
    /** Called, not yet opened. */
    CALLED("已召集", "called"),
    /** Opened with its attendance; votes may be cast. */
    IN_SESSION("进行中", "in session"),
    /** Closed with minutes. */
    CLOSED("已结束", "closed"),
    /** Cancelled before it opened. */
    CANCELLED("已取消", "cancelled");

    private final Bilingual name;

    MeetingStatus(String zh, String en) {
        this.name = Bilingual.of(zh, en);
    }

    /** The name shown to people. */
    public Bilingual displayName() {
        return name;
    }
}
