package org.gridgov.store;

/**
 * The families of timelines a store keeps, each with its own ids and events: issues, deliberation items,
 * meetings and service timelines. Durable stores keep the family's {@link #code()} beside each stream, so that an
 * issue and an item may share an id.
 */
public enum StreamKind {
    /** Issues ({@code org.gridgov.issue.IssueEvent}). */
    ISSUE("issue"),
    /** Deliberation items ({@code org.gridgov.deliberation.ItemEvent}). */
    ITEM("item"),
    /** Meetings ({@code org.gridgov.deliberation.MeetingEvent}). */
    MEETING("meeting"),
    /** Report-ins, wishes, service records … ({@code org.gridgov.service.ServiceEvent}). */
    SERVICE("service");

    private final String code;

    StreamKind(String code) {
        this.code = code;
    }

    /** The family's name in stored rows: stable, lower case, ASCII. */
    public String code() {
        return code;
    }

    /**
     * The family a stored code names.
     *
     * @throws IllegalArgumentException if no family has that code
     */
    public static StreamKind ofCode(String code) {
        for (StreamKind k : values()) {
            if (k.code.equals(code)) {
                return k;
            }
        }
        throw new IllegalArgumentException("no stream family is called " + code);
    }
}
