package org.gridgov.rules.facts;

/**
 * A unit's members' year, as standing rules see it. Conditions: {@code unit}, {@code expected}, {@code reported},
 * {@code served}, {@code reportInRate} and {@code serviceRate} (0 when there is nothing to share), {@code hours}.
 * Actions: {@link #points}, {@link #ineligible} (not to be considered for awards, 评先评优).
 */
public final class UnitStandingCase extends ProposingFact {
    private final String unit;
    private final int expected;
    private final int reported;
    private final int served;
    private final double hours;

    public UnitStandingCase(String unit, int expected, int reported, int served, double hours) {
        this.unit = unit;
        this.expected = expected;
        this.reported = reported;
        this.served = served;
        this.hours = hours;
    }

    public String getUnit() {
        return unit;
    }

    public int getExpected() {
        return expected;
    }

    public int getReported() {
        return reported;
    }

    public int getServed() {
        return served;
    }

    public double getHours() {
        return hours;
    }

    public double getReportInRate() {
        return expected == 0 ? 0 : (double) reported / expected;
    }

    public double getServiceRate() {
        return reported == 0 ? 0 : (double) served / reported;
    }

    /** Adds (or, negative, takes) points, with why. */
    public void points(double points, String zh, String en) {
        propose(Proposal.Kind.POINTS, Double.toString(points), null, zh + "\n" + en);
    }

    /** The unit is not to be considered for awards, with why. */
    public void ineligible(String zh, String en) {
        propose(Proposal.Kind.INELIGIBLE, "", null, zh + "\n" + en);
    }

    @Override
    public String toString() {
        return "单位 " + unit + "（应报到" + expected + "人，已报到" + reported + "人，有服务" + served + "人，" + hours + "小时）";
    }
}
