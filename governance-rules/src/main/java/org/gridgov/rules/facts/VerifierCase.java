package org.gridgov.rules.facts;

/**
 * A submitted service, as the rules on who verifies it see it (服务确认). Conditions: {@code record},
 * {@code member}, {@code source} ({@code wish}, {@code order}, {@code post} or empty), {@code community} (the
 * member's community that year), {@code reportedIn} (whether their report-in there was confirmed in person).
 * Actions: {@link #byCommunity} (the community's party organization) and {@link #byStreet} (the street's, the node
 * above the community); the first wins, and with none the community verifies.
 */
public final class VerifierCase extends ProposingFact {
    private final String record;
    private final String member;
    private final String source;
    private final String community;
    private final boolean reportedIn;

    public VerifierCase(String record, String member, String source, String community, boolean reportedIn) {
        this.record = record;
        this.member = member;
        this.source = source;
        this.community = community;
        this.reportedIn = reportedIn;
    }

    public String getRecord() {
        return record;
    }

    public String getMember() {
        return member;
    }

    public String getSource() {
        return source;
    }

    public String getCommunity() {
        return community;
    }

    public boolean isReportedIn() {
        return reportedIn;
    }

    /** The member's community verifies and confirms the service. */
    public void byCommunity() {
        propose(Proposal.Kind.VERIFIED_BY, "community", null, null);
    }

    /** The street above the member's community verifies and confirms it. */
    public void byStreet() {
        propose(Proposal.Kind.VERIFIED_BY, "street", null, null);
    }

    @Override
    public String toString() {
        return "服务申报 " + record + "（党员 " + member + "，社区 " + community + (reportedIn ? "，已报到" : "，未报到") + "）";
    }
}
