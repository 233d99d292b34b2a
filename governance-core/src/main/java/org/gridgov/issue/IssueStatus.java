package org.gridgov.issue;

import org.gridgov.i18n.Bilingual;

/** Where an issue stands, derived by replaying its timeline; see {@link Issue} for the transitions. */
public enum IssueStatus {
    /** 待派单: reported, not routed yet, or routed and the dispatch rejected, so it needs routing again. */
    NEW("待派单", "new"),
    /** 已派单: routed, escalated or reopened to an owner who has not accepted yet. */
    DISPATCHED("已派单", "dispatched"),
    /** 办理中: accepted by its owner. */
    IN_PROGRESS("办理中", "in progress"),
    /** 已办结: the owner reports it resolved; awaiting feedback, rating and closing. */
    RESOLVED("已办结", "resolved"),
    /** 已关闭: closed; frozen except for a rating, a reopening or a note. */
    CLOSED("已关闭", "closed");

    private final Bilingual displayName;

    IssueStatus(String zh, String en) {
        this.displayName = Bilingual.of(zh, en);
    }

    /** The name shown to people. */
    public Bilingual displayName() {
        return displayName;
    }

    /** Whether the issue is neither resolved nor closed: someone still has to act on it. */
    public boolean isOpen() {
        return this == NEW || this == DISPATCHED || this == IN_PROGRESS;
    }
}
