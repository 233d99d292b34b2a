package org.gridgov.deliberation;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.gridgov.i18n.Bilingual;

/**
 * When a motion carries: votes for must reach a share of a base, and at least a minimum number of votes must be
 * cast. Votes below the minimum are still counted and shown; the tally says why the motion does not carry.
 *
 * @param share        the share of the base that must vote for
 * @param base         what the share is of
 * @param minimumVotes the fewest votes cast for the count to decide anything (0: no minimum)
 */
public record MajorityRule(Threshold share, Base base, int minimumVotes) {
    /** More than half of the votes cast. */
    public static final MajorityRule SIMPLE = new MajorityRule(Threshold.MORE_THAN_HALF, Base.CAST, 0);

    /** What a majority is counted of. */
    public enum Base {
        /** The votes cast, abstentions included. */
        CAST("所投票数", "the votes cast"),
        /** Those entitled to vote at the meeting: seats taken, or persons present. */
        PRESENT("到会表决人数", "those present and entitled to vote"),
        /** Every seat of the body, taken or not (for a by-person body: every person present). */
        SEATS("全部席位", "all the seats");

        private final Bilingual name;

        Base(String zh, String en) {
            this.name = Bilingual.of(zh, en);
        }

        /** The base in words. */
        public Bilingual displayName() {
            return name;
        }
    }

    /** @throws IllegalArgumentException if the minimum is negative */
    public MajorityRule {
        Objects.requireNonNull(share, "share");
        Objects.requireNonNull(base, "base");
        checkArgument(minimumVotes >= 0, "a minimum of votes is not negative, got %s", minimumVotes);
    }

    /** The rule in words: {@code 赞成票超过所投票数的半数 / more than half of the votes cast in favour}. */
    public Bilingual describe() {
        String min = minimumVotes > 0 ? "，且至少" + minimumVotes + "票" : "";
        String minEn = minimumVotes > 0 ? ", with at least " + minimumVotes + " votes cast" : "";
        return Bilingual.of("赞成票" + share.describe().zh() + "（" + base.displayName().zh() + "）" + min,
                share.describe().en() + " of " + base.displayName().en() + " in favour" + minEn);
    }
}
