package org.gridgov.rules.facts;

/**
 * A body's record over a period, as scoring rules see it.
 *
 * <p>Conditions: {@code bodyKind}, {@code meetings}, {@code quorate}, {@code tabled}, {@code decided},
 * {@code decidedOnTime}, {@code notCarried}, {@code reportedBack}, {@code reportedBackOnTime}, {@code evaluated},
 * {@code ratings}, {@code satisfied}, {@code tasks}, {@code tasksResolved}, and the shares {@code decidedShare},
 * {@code satisfaction}, {@code onTimeShare} (decided on time of decided), {@code reportBackShare} (reported back
 * on time of decided), each 0 when there is nothing to share.
 *
 * <p>Action: {@link #points} with a reason in Chinese and English.
 */
public final class BodyScoringCase extends ProposingFact {
    private final String body;
    private final String bodyKind;
    private final int[] n;

    /**
     * @param counts meetings, quorate, tabled, decided, decidedOnTime, notCarried, reportedBack, reportedBackOnTime,
     *               evaluated, ratings, satisfied, tasks, tasksResolved, in that order
     */
    public BodyScoringCase(String body, String bodyKind, int... counts) {
        if (counts.length != 13) {
            throw new IllegalArgumentException("a body's record has 13 counts, got " + counts.length);
        }
        this.body = body;
        this.bodyKind = bodyKind;
        this.n = counts.clone();
    }

    public String getBody() {
        return body;
    }

    public String getBodyKind() {
        return bodyKind;
    }

    public int getMeetings() {
        return n[0];
    }

    public int getQuorate() {
        return n[1];
    }

    public int getTabled() {
        return n[2];
    }

    public int getDecided() {
        return n[3];
    }

    public int getDecidedOnTime() {
        return n[4];
    }

    public int getNotCarried() {
        return n[5];
    }

    public int getReportedBack() {
        return n[6];
    }

    public int getReportedBackOnTime() {
        return n[7];
    }

    public int getEvaluated() {
        return n[8];
    }

    public int getRatings() {
        return n[9];
    }

    public int getSatisfied() {
        return n[10];
    }

    public int getTasks() {
        return n[11];
    }

    public int getTasksResolved() {
        return n[12];
    }

    public double getDecidedShare() {
        return share(n[3], n[2]);
    }

    public double getSatisfaction() {
        return share(n[10], n[9]);
    }

    public double getOnTimeShare() {
        return share(n[4], n[3]);
    }

    public double getReportBackShare() {
        return share(n[7], n[3]);
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    /** Adds (or, negative, takes) points, with why. */
    public void points(double points, String zh, String en) {
        propose(Proposal.Kind.POINTS, Double.toString(points), null, zh + "\n" + en);
    }

    @Override
    public String toString() {
        return "议事机构 " + body + "（" + bodyKind + "：开会" + n[0] + "次，议题" + n[2] + "项，决议" + n[3] + "项，按时"
                + n[4] + "项，反馈" + n[6] + "项，评价" + n[9] + "人次）";
    }
}
