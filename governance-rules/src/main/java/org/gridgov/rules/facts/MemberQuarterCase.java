package org.gridgov.rules.facts;

/**
 * A member's quarter, as the 三亮 star rules see it. Conditions: {@code member}, {@code services} (confirmed),
 * {@code hours}, {@code answered} (services answering a wish, an order or a post). Action: {@link #stars} (0 to 5).
 */
public final class MemberQuarterCase extends ProposingFact {
    private final String member;
    private final int services;
    private final double hours;
    private final int answered;

    public MemberQuarterCase(String member, int services, double hours, int answered) {
        this.member = member;
        this.services = services;
        this.hours = hours;
        this.answered = answered;
    }

    public String getMember() {
        return member;
    }

    public int getServices() {
        return services;
    }

    public double getHours() {
        return hours;
    }

    public int getAnswered() {
        return answered;
    }

    /** The member's stars for the quarter. */
    public void stars(int stars) {
        propose(Proposal.Kind.STARS, Integer.toString(stars), null, null);
    }

    @Override
    public String toString() {
        return "党员 " + member + "（本季度确认服务" + services + "次，" + hours + "小时，回应需求" + answered + "次）";
    }
}
