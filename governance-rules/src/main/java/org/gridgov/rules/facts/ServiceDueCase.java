package org.gridgov.rules.facts;

/**
 * A service record whose deadline fell due, as follow-up rules see it. Conditions: {@code due} ({@code verify}),
 * {@code warnings}, {@code supervisions}, {@code openDays} (since it was submitted), {@code status}
 * ({@code submitted}, {@code verified}, {@code disputed}). Actions: {@link #warn}, {@link #supervise},
 * {@link #deadline}.
 */
public final class ServiceDueCase extends ProposingFact {
    private final String record;
    private final String due;
    private final int warnings;
    private final int supervisions;
    private final int openDays;
    private final String status;

    public ServiceDueCase(String record, String due, int warnings, int supervisions, int openDays, String status) {
        this.record = record;
        this.due = due;
        this.warnings = warnings;
        this.supervisions = supervisions;
        this.openDays = openDays;
        this.status = status;
    }

    public String getRecord() {
        return record;
    }

    public String getDue() {
        return due;
    }

    public int getWarnings() {
        return warnings;
    }

    public int getSupervisions() {
        return supervisions;
    }

    public int getOpenDays() {
        return openDays;
    }

    public String getStatus() {
        return status;
    }

    /** Warns the community that has to verify it. */
    public void warn(String zh, String en) {
        propose(Proposal.Kind.WARN, "", null, zh + "\n" + en);
    }

    /** Supervision from above. */
    public void supervise(String note) {
        propose(Proposal.Kind.SUPERVISE, "", null, note);
    }

    /** A new deadline of a kind within a limit of now. */
    public void deadline(String kind, String limit) {
        propose(Proposal.Kind.DEADLINE, kind, limit, null);
    }

    @Override
    public String toString() {
        return "服务记录 " + record + " 到期（" + due + "，" + status + "，已提醒" + warnings + "次，已" + openDays + "天）";
    }
}
