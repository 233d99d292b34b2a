package org.gridgov.deliberation;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Locale;
import java.util.Optional;
import org.gridgov.i18n.Bilingual;

/**
 * A share that counts must reach: more than half ({@code 1/2}, not inclusive), at least two thirds ({@code >=2/3}).
 *
 * @param numerator   of the share
 * @param denominator of the share, positive
 * @param inclusive   whether reaching the share exactly is enough
 */
public record Threshold(int numerator, int denominator, boolean inclusive) {
    /** More than half. */
    public static final Threshold MORE_THAN_HALF = new Threshold(1, 2, false);
    /** At least two thirds. */
    public static final Threshold TWO_THIRDS = new Threshold(2, 3, true);

    /** @throws IllegalArgumentException if the share is not between 0 and 1 */
    public Threshold {
        checkArgument(denominator > 0 && numerator >= 0 && numerator <= denominator,
                "a threshold is a share between 0 and 1, got %s/%s", numerator, denominator);
    }

    /** Whether {@code count} out of {@code base} reaches the share; nothing out of nothing never does. */
    public boolean reachedBy(long count, long base) {
        if (base <= 0) {
            return false;
        }
        long lhs = count * denominator;
        long rhs = (long) numerator * base;
        return inclusive ? lhs >= rhs : lhs > rhs;
    }

    /** Whether this share asks for more than another: a larger share, or the same share not counting equality. */
    public boolean stricterThan(Threshold other) {
        long a = (long) numerator * other.denominator;
        long b = (long) other.numerator * denominator;
        return a != b ? a > b : !inclusive && other.inclusive;
    }

    /** The least count out of {@code base} that reaches the share. */
    public long needed(long base) {
        for (long n = 0; n <= base; n++) {
            if (reachedBy(n, base)) {
                return n;
            }
        }
        return base + 1;
    }

    /** Reads {@code 1/2} (more than), {@code >=2/3} (at least), {@code 过半数}, {@code 三分之二以上}. */
    public static Optional<Threshold> parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace(" ", "");
        switch (t) {
            case "过半数", "半数以上", "majority", "more-than-half" -> {
                return Optional.of(MORE_THAN_HALF);
            }
            case "三分之二以上", "三分之二", "two-thirds" -> {
                return Optional.of(TWO_THIRDS);
            }
            case "全体", "全部", "all", "unanimous" -> {
                return Optional.of(new Threshold(1, 1, true));
            }
            default -> {
            }
        }
        boolean inclusive = t.startsWith(">=");
        String share = inclusive ? t.substring(2) : t;
        int slash = share.indexOf('/');
        if (slash <= 0) {
            return Optional.empty();
        }
        try {
            int n = Integer.parseInt(share.substring(0, slash));
            int d = Integer.parseInt(share.substring(slash + 1));
            return d > 0 && n >= 0 && n <= d ? Optional.of(new Threshold(n, d, inclusive)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The share in words: {@code 过半数 / more than half}, {@code 三分之二以上（含） / at least 2/3}. */
    public Bilingual describe() {
        if (equals(MORE_THAN_HALF)) {
            return Bilingual.of("过半数", "more than half");
        }
        String share = numerator + "/" + denominator;
        return inclusive ? Bilingual.of("不少于" + share, "at least " + share)
                : Bilingual.of("超过" + share, "more than " + share);
    }

    @Override
    public String toString() {
        return (inclusive ? ">=" : "") + numerator + "/" + denominator;
    }
}
