package org.gridgov.rules.facts;

import java.util.List;

/**
 * An item put to the vote, as counting rules see it. The body's own rules apply unless a rule asks for more; the
 * policy never makes them laxer.
 *
 * <p>Conditions: {@code bodyKind}, {@code within("property")}, {@code parties}, {@code households}, {@code seats}
 * (the body's), {@code seatsTaken}, {@code voting} ({@code by-seat}, {@code by-person}).
 *
 * <p>Actions: {@link #quorum} ({@code >=2/3}, {@code 三分之二以上}), {@link #requireSeat}, {@link #majority},
 * {@link #countOf} ({@code cast}, {@code present}, {@code seats}), {@link #minimumVotes}.
 */
public final class CountingCase extends ProposingFact {
    private final String item;
    private final String bodyKind;
    private final List<String> categoryPath;
    private final int parties;
    private final int households;
    private final int seats;
    private final int seatsTaken;
    private final String voting;

    /** @param categoryPath the item's category, then its ancestors */
    public CountingCase(String item, String bodyKind, List<String> categoryPath, int parties, int households,
                        int seats, int seatsTaken, String voting) {
        this.item = item;
        this.bodyKind = bodyKind;
        this.categoryPath = List.copyOf(categoryPath);
        this.parties = parties;
        this.households = households;
        this.seats = seats;
        this.seatsTaken = seatsTaken;
        this.voting = voting;
    }

    public String getItem() {
        return item;
    }

    public String getBodyKind() {
        return bodyKind;
    }

    /** Whether the item's category is this one or below it. */
    public boolean within(String category) {
        return categoryPath.contains(category);
    }

    public int getParties() {
        return parties;
    }

    public int getHouseholds() {
        return households;
    }

    public int getSeats() {
        return seats;
    }

    public int getSeatsTaken() {
        return seatsTaken;
    }

    public String getVoting() {
        return voting;
    }

    /** The share of seats that must be taken. */
    public void quorum(String share) {
        propose(Proposal.Kind.QUORUM, share, null, null);
    }

    /** A seat that must be taken. */
    public void requireSeat(String seat) {
        propose(Proposal.Kind.REQUIRE_SEAT, seat, null, null);
    }

    /** The share that must vote for. */
    public void majority(String share) {
        propose(Proposal.Kind.MAJORITY, share, null, null);
    }

    /** What the majority is counted of: {@code cast}, {@code present}, {@code seats}. */
    public void countOf(String base) {
        propose(Proposal.Kind.MAJORITY_BASE, base, null, null);
    }

    /** The fewest votes that can decide. */
    public void minimumVotes(int votes) {
        propose(Proposal.Kind.MINIMUM_VOTES, Integer.toString(votes), null, null);
    }

    @Override
    public String toString() {
        return "表决 " + item + "（" + bodyKind + "，" + String.join("/", categoryPath) + "，涉及" + parties + "方，"
                + households + "户，" + seats + "席到会" + seatsTaken + "席，" + voting + "）";
    }
}
