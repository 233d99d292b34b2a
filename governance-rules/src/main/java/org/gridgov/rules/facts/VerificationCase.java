package org.gridgov.rules.facts;

/**
 * A submitted service, as verification rules see it. Conditions: {@code member}, {@code hours}, {@code source}
 * ({@code wish}, {@code order}, {@code post} or empty), {@code beneficiary} (whether a resident was served).
 * Action: {@link #verifyWithin} (a limit as policy text, {@code 5 个工作日}).
 */
public final class VerificationCase extends ProposingFact {
    private final String record;
    private final String member;
    private final double hours;
    private final String source;
    private final boolean beneficiary;

    public VerificationCase(String record, String member, double hours, String source, boolean beneficiary) {
        this.record = record;
        this.member = member;
        this.hours = hours;
        this.source = source;
        this.beneficiary = beneficiary;
    }

    public String getRecord() {
        return record;
    }

    public String getMember() {
        return member;
    }

    public double getHours() {
        return hours;
    }

    public String getSource() {
        return source;
    }

    public boolean isBeneficiary() {
        return beneficiary;
    }

    /** The community verifies and confirms it within a limit. */
    public void verifyWithin(String limit) {
        propose(Proposal.Kind.WITHIN, "verify", limit, null);
    }

    @Override
    public String toString() {
        return "服务申报 " + record + "（" + hours + "小时" + (source.isEmpty() ? "" : "，" + source) + "）";
    }
}
