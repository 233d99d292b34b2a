package org.gridgov.issue;

import org.gridgov.i18n.Bilingual;

/**
 * How serious an issue is, in the four tiers Chinese emergency and petition handling use (一般、较大、重大、
 * 特别重大). A closed set; what each tier means in practice is data: rule packs map severities to time limits
 * and escalation start levels, so a city decides how fast a {@link #HIGH} case must be accepted.
 */
public enum Severity {
    /** 一般: routine requests and minor incidents. */
    LOW("一般", "low"),
    /** 较大: affects several households or recurs. */
    MEDIUM("较大", "medium"),
    /** 重大: public safety or many residents at stake. */
    HIGH("重大", "high"),
    /** 特别重大: an emergency; handled at once and reported up. */
    CRITICAL("特别重大", "critical");

    private final Bilingual displayName;

    Severity(String zh, String en) {
        this.displayName = Bilingual.of(zh, en);
    }

    /** The name shown to people. */
    public Bilingual displayName() {
        return displayName;
    }
}
