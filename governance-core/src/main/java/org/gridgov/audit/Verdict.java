package org.gridgov.audit;

/** What an audited command came to. */
public enum Verdict {
    /** Carried out: its events were appended. */
    DONE,
    /** Refused: by the permissions or by the lifecycle; nothing was appended. */
    REFUSED,
    /** Another writer of the store appended first; nothing was appended. */
    CONFLICTED
}
