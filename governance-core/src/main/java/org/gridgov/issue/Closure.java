package org.gridgov.issue;

import org.gridgov.i18n.Bilingual;

/**
 * Why an issue was closed. Only a {@link #RESOLVED} closure needs a resolved issue; the others close an issue
 * in any open status, which is how duplicates, invalid reports and withdrawn requests leave the flow.
 */
public enum Closure {
    /** 已解决: handled and closed. */
    RESOLVED("已解决", "resolved"),
    /** 未解决办结: closed without being fixed (beyond the city's powers, the reporter's demand unreasonable). */
    NOT_FIXED("未解决办结", "closed, not fixed"),
    /** 重复件: the same matter is handled under another issue. */
    DUPLICATE("重复件", "duplicate"),
    /** 无效件: not a governance matter (prank call, incomplete report). */
    INVALID("无效件", "invalid"),
    /** 撤回: the reporter withdrew the request. */
    WITHDRAWN("撤回", "withdrawn");

    private final Bilingual displayName;

    Closure(String zh, String en) {
        this.displayName = Bilingual.of(zh, en);
    }

    /** The name shown to people. */
    public Bilingual displayName() {
        return displayName;
    }
}
