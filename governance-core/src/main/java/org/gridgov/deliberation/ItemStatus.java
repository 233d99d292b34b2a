package org.gridgov.deliberation;

import org.gridgov.i18n.Bilingual;

/** Where an item stands, derived from its timeline. */
public enum ItemStatus {
    /** Proposed, not yet on a body's agenda. */
    PROPOSED("已提出", "proposed"),
    /** On a body's list to deliberate (二议 pending). */
    TABLED("已列入议程", "tabled"),
    /** On the agenda of a scheduled meeting. */
    SCHEDULED("已排会", "scheduled"),
    /** Put to the vote and not carried. */
    NOT_CARRIED("未通过", "not carried"),
    /** Resolved (决议), tasks not yet assigned. */
    DECIDED("已决议", "decided"),
    /** Its tasks are being carried out (三办). */
    IN_HAND("办理中", "in hand"),
    /** Reported back at a later meeting (反馈). */
    REPORTED_BACK("已反馈", "reported back"),
    /** Evaluated by the body (四评). */
    EVALUATED("已评议", "evaluated"),
    /** Withdrawn before a decision. */
    WITHDRAWN("已撤回", "withdrawn");

    private final Bilingual name;

    ItemStatus(String zh, String en) {
        this.name = Bilingual.of(zh, en);
    }

    /** The name shown to people. */
    public Bilingual displayName() {
        return name;
    }

    /** Whether the item can still move: not withdrawn, not carried or evaluated. */
    public boolean isOpen() {
        return this != NOT_CARRIED && this != EVALUATED && this != WITHDRAWN;
    }

    /** Whether a resolution was passed. */
    public boolean decided() {
        return this == DECIDED || this == IN_HAND || this == REPORTED_BACK || this == EVALUATED;
    }
}
