package org.gridgov.rules.facts;

import java.util.List;

/**
 * An item as agenda rules see it, when it is proposed ({@code stage == "proposed"}) or tabled at a body
 * ({@code stage == "tabled"}, {@code bodyKind} set).
 *
 * <p>Conditions: {@code stage}, {@code within("property")}, {@code level} (the pack's level word of the item's
 * node), {@code proposer} ({@code resident}, {@code grid-worker}, {@code committee}, {@code issues}), {@code parties}
 * (how many organizations the matter touches), {@code households}, {@code supporters} (residents, each once),
 * {@code sources} (cases it was raised from), {@code bodyKind} ({@code five-party-council}, {@code small-bench}, …;
 * empty when proposed).
 *
 * <p>Actions: {@link #mustGoTo} (a body of a kind must take it), {@link #tableWithin}, {@link #deliberateWithin},
 * {@link #reportBackWithin} (time limits as policy text, {@code 10 个工作日}).
 */
public final class AgendaCase extends ProposingFact {
    private final String item;
    private final String stage;
    private final List<String> categoryPath;
    private final String level;
    private final String proposer;
    private final int parties;
    private final int households;
    private final int supporters;
    private final int sources;
    private final String bodyKind;

    /** @param categoryPath the item's category, then its ancestors */
    public AgendaCase(String item, String stage, List<String> categoryPath, String level, String proposer,
                      int parties, int households, int supporters, int sources, String bodyKind) {
        this.item = item;
        this.stage = stage;
        this.categoryPath = List.copyOf(categoryPath);
        this.level = level;
        this.proposer = proposer;
        this.parties = parties;
        this.households = households;
        this.supporters = supporters;
        this.sources = sources;
        this.bodyKind = bodyKind;
    }

    public String getItem() {
        return item;
    }

    public String getStage() {
        return stage;
    }

    /** Whether the item's category is this one or below it. */
    public boolean within(String category) {
        return categoryPath.contains(category);
    }

    public String getLevel() {
        return level;
    }

    public String getProposer() {
        return proposer;
    }

    public int getParties() {
        return parties;
    }

    public int getHouseholds() {
        return households;
    }

    public int getSupporters() {
        return supporters;
    }

    public int getSources() {
        return sources;
    }

    public String getBodyKind() {
        return bodyKind;
    }

    /** A body of this kind must take the item ({@code five-party-council}, {@code 五方共议}). */
    public void mustGoTo(String kind) {
        propose(Proposal.Kind.MUST_GO_TO, kind, null, null);
    }

    /** It must be tabled within a limit of its proposal. */
    public void tableWithin(String limit) {
        propose(Proposal.Kind.WITHIN, "table", limit, null);
    }

    /** It must be deliberated within a limit of its tabling. */
    public void deliberateWithin(String limit) {
        propose(Proposal.Kind.WITHIN, "deliberate", limit, null);
    }

    /** A resolution on it must be reported back within a limit of the decision. */
    public void reportBackWithin(String limit) {
        propose(Proposal.Kind.WITHIN, "report-back", limit, null);
    }

    @Override
    public String toString() {
        return "议题 " + item + "（" + stage + "，" + String.join("/", categoryPath) + "，" + level + "，涉及" + parties
                + "方，" + households + "户，" + supporters + "人附议" + (bodyKind.isEmpty() ? "" : "，" + bodyKind) + "）";
    }
}
