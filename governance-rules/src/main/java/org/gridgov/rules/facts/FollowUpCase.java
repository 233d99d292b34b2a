package org.gridgov.rules.facts;

import java.util.List;

/**
 * An item whose deadline fell due, as follow-up rules see it.
 *
 * <p>Conditions: {@code due} ({@code table}, {@code deliberate}, {@code report-back}), {@code bodyKind} (empty
 * while untabled), {@code within("property")}, {@code level}, {@code warnings} and {@code supervisions} (how many the
 * item already had), {@code openTasks}, {@code households}.
 *
 * <p>Actions: {@link #warn} (to the convenor), {@link #supervise} (督办 from above), {@link #deadline} (a new
 * deadline of a kind).
 */
public final class FollowUpCase extends ProposingFact {
    private final String item;
    private final String due;
    private final String bodyKind;
    private final List<String> categoryPath;
    private final String level;
    private final int warnings;
    private final int supervisions;
    private final int openTasks;
    private final int households;

    /** @param categoryPath the item's category, then its ancestors */
    public FollowUpCase(String item, String due, String bodyKind, List<String> categoryPath, String level,
                        int warnings, int supervisions, int openTasks, int households) {
        this.item = item;
        this.due = due;
        this.bodyKind = bodyKind;
        this.categoryPath = List.copyOf(categoryPath);
        this.level = level;
        this.warnings = warnings;
        this.supervisions = supervisions;
        this.openTasks = openTasks;
        this.households = households;
    }

    public String getItem() {
        return item;
    }

    public String getDue() {
        return due;
    }

    public String getBodyKind() {
        return bodyKind;
    }

    /** Whether the item's category is this one or below it. */
    public boolean within(String category) {
        return categoryPath.contains(category);
    }

    public String getLevel() {
        return level;
    }

    public int getWarnings() {
        return warnings;
    }

    public int getSupervisions() {
        return supervisions;
    }

    public int getOpenTasks() {
        return openTasks;
    }

    public int getHouseholds() {
        return households;
    }

    /** Warns the body's convenor. */
    public void warn(String zh, String en) {
        propose(Proposal.Kind.WARN, "", null, zh + "\n" + en);
    }

    /** Supervision from above, with a note. */
    public void supervise(String note) {
        propose(Proposal.Kind.SUPERVISE, "", null, note);
    }

    /** A new deadline of a kind within a limit of now. */
    public void deadline(String kind, String limit) {
        propose(Proposal.Kind.DEADLINE, kind, limit, null);
    }

    @Override
    public String toString() {
        return "议题 " + item + " 到期（" + due + "，" + (bodyKind.isEmpty() ? "未列入议程" : bodyKind) + "，已提醒"
                + warnings + "次，已督办" + supervisions + "次，未办结任务" + openTasks + "项）";
    }
}
