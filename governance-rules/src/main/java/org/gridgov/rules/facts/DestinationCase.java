package org.gridgov.rules.facts;

import java.util.List;

/**
 * An in-service party member about to report in, as destination rules see it (在职党员进社区报到). Conditions:
 * {@code member}, {@code home} (the community they live in, empty for none), {@code paired} (the communities their
 * employer is paired with that day, in order) and {@code pairedCount}. Actions: {@link #reportToHome} and
 * {@link #reportToPaired} (the first paired community); the first that can be carried out wins, and a member no
 * rule sends anywhere has nowhere to report.
 */
public final class DestinationCase extends ProposingFact {
    private final String member;
    private final String home;
    private final List<String> paired;

    public DestinationCase(String member, String home, List<String> paired) {
        this.member = member;
        this.home = home;
        this.paired = List.copyOf(paired);
    }

    public String getMember() {
        return member;
    }

    public String getHome() {
        return home;
    }

    public List<String> getPaired() {
        return paired;
    }

    public int getPairedCount() {
        return paired.size();
    }

    /** The member reports in to the community they live in (the residence rule). */
    public void reportToHome() {
        propose(Proposal.Kind.REPORT_TO, "home", null, null);
    }

    /** The member reports in to the first community their employer is paired with (结对共建). */
    public void reportToPaired() {
        propose(Proposal.Kind.REPORT_TO, "paired", null, null);
    }

    @Override
    public String toString() {
        return "党员 " + member + " 报到（居住社区：" + (home.isEmpty() ? "无" : home) + "，单位结对社区：" + paired + "）";
    }
}
