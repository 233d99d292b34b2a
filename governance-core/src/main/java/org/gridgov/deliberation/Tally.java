package org.gridgov.deliberation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gridgov.i18n.Bilingual;

/**
 * The count of one item at one meeting: seats taken against the quorum, every vote cast, and whether the motion
 * carried, with why in words. Nothing is dropped: a count below the minimum is kept and says so.
 *
 * @param seats     the body's seats
 * @param taken     seats taken (present or represented)
 * @param missing   seats the quorum requires that were not taken
 * @param quorate   whether the meeting could decide the item
 * @param inFavour  votes for
 * @param against   votes against
 * @param abstained abstentions
 * @param base      what the majority was counted of
 * @param needed    the votes for the motion needed out of the base
 * @param carried   whether it carried
 * @param quorum    the quorum rule applied
 * @param majority  the majority rule applied
 * @param rules     the pack's rules that chose them (empty: the body's own)
 * @param why       the count in words
 */
public record Tally(int seats, int taken, List<String> missing, boolean quorate, int inFavour, int against,
                    int abstained, int base, long needed, boolean carried, QuorumRule quorum, MajorityRule majority,
                    List<String> rules, Bilingual why) {
    public Tally {
        missing = List.copyOf(missing);
        rules = List.copyOf(rules);
        Objects.requireNonNull(quorum, "quorum");
        Objects.requireNonNull(majority, "majority");
        Objects.requireNonNull(why, "why");
    }

    /** Votes cast. */
    public int cast() {
        return inFavour + against + abstained;
    }

    /** Whether a meeting's attendance reaches a quorum rule for a body. */
    public static boolean quorate(Body body, Meeting meeting, QuorumRule quorum) {
        int taken = (int) meeting.attendance().stream().filter(a -> a.presence().taken()).count();
        return quorum.share().reachedBy(taken, body.seats().size()) && missing(meeting, quorum).isEmpty();
    }

    /**
     * Counts an item at a meeting with the rules that apply to it. By-seat bodies count the first vote of each
     * seat, by-person bodies the first vote of each person (a meeting refuses a second vote, so there is none).
     */
    public static Tally count(Body body, Meeting meeting, ItemId item, QuorumRule quorum, MajorityRule majority,
                              List<String> rules) {
        int seats = body.seats().size();
        int taken = (int) meeting.attendance().stream().filter(a -> a.presence().taken()).count();
        List<String> missing = missing(meeting, quorum);
        boolean quorate = quorum.share().reachedBy(taken, seats) && missing.isEmpty();
        Map<String, Choice> counted = new LinkedHashMap<>();
        for (MeetingEvent.VoteCast v : meeting.votesOn(item)) {
            counted.putIfAbsent(body.voting() == VotingMode.BY_SEAT ? v.seat() : v.voter().value(), v.choice());
        }
        int yes = (int) counted.values().stream().filter(c -> c == Choice.FOR).count();
        int no = (int) counted.values().stream().filter(c -> c == Choice.AGAINST).count();
        int abst = counted.size() - yes - no;
        int persons = (int) meeting.attendance().stream().flatMap(a -> a.persons().stream()).distinct().count();
        int base = switch (majority.base()) {
            case CAST -> counted.size();
            case PRESENT -> body.voting() == VotingMode.BY_SEAT ? taken : persons;
            case SEATS -> body.voting() == VotingMode.BY_SEAT ? seats : persons;
        };
        long needed = majority.share().needed(base);
        boolean enoughVotes = counted.size() >= majority.minimumVotes();
        boolean carried = quorate && enoughVotes && majority.share().reachedBy(yes, base);
        Bilingual why = why(seats, taken, missing, quorate, yes, no, abst, base, needed, enoughVotes, carried,
                quorum, majority);
        return new Tally(seats, taken, missing, quorate, yes, no, abst, base, needed, carried, quorum, majority,
                rules, why);
    }

    private static List<String> missing(Meeting meeting, QuorumRule quorum) {
        List<String> missing = new ArrayList<>();
        for (String r : quorum.required()) {
            boolean taken = meeting.attendance().stream().anyMatch(a -> a.seat().equals(r) && a.presence().taken());
            if (!taken) {
                missing.add(r);
            }
        }
        return missing;
    }

    private static Bilingual why(int seats, int taken, List<String> missing, boolean quorate, int yes, int no,
                                 int abst, int base, long needed, boolean enoughVotes, boolean carried,
                                 QuorumRule quorum, MajorityRule majority) {
        String count = "赞成" + yes + "、反对" + no + "、弃权" + abst;
        String countEn = yes + " for, " + no + " against, " + abst + " abstaining";
        String attend = seats + "席到会" + taken + "席";
        String attendEn = taken + " of " + seats + " seats taken";
        if (!quorate) {
            String req = missing.isEmpty() ? "" : "，" + String.join("、", missing) + "未到会";
            String reqEn = missing.isEmpty() ? "" : "; " + String.join(", ", missing) + " absent";
            return Bilingual.of(attend + req + "，未达到法定人数（" + quorum.describe().zh() + "），" + count + "，不能作出决议",
                    attendEn + reqEn + ": no quorum (" + quorum.describe().en() + "); " + countEn
                            + "; nothing can be decided");
        }
        if (!enoughVotes) {
            return Bilingual.of(attend + "，" + count + "，共" + (yes + no + abst) + "票，少于最低票数" + majority.minimumVotes()
                            + "票，不通过（票数均已计入）",
                    attendEn + "; " + countEn + ": " + (yes + no + abst) + " votes, fewer than the minimum of "
                            + majority.minimumVotes() + "; not carried (every vote counted)");
        }
        String rule = majority.describe().zh();
        return carried
                ? Bilingual.of(attend + "，" + count + "，达到" + rule + "（需" + needed + "票，基数" + base + "），通过",
                        attendEn + "; " + countEn + ": " + majority.describe().en() + " reached (" + needed
                                + " needed of " + base + "); carried")
                : Bilingual.of(attend + "，" + count + "，未达到" + rule + "（需" + needed + "票，基数" + base + "），不通过",
                        attendEn + "; " + countEn + ": " + majority.describe().en() + " not reached (" + needed
                                + " needed of " + base + "); not carried");
    }
}
