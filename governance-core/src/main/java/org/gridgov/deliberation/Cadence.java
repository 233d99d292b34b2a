package org.gridgov.deliberation;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridgov.i18n.Bilingual;

/**
 * How often a body meets: monthly (on a day of the month, or a month after the last), every so many days, or when
 * called. The next regular meeting is when a decided task must be reported back, unless the policy says otherwise.
 *
 * @param kind       the kind of cadence
 * @param days       for {@link Kind#EVERY_DAYS}, the interval; else 0
 * @param dayOfMonth for {@link Kind#MONTHLY}, the day it meets (1–28), or 0 for a month after the date given
 */
public record Cadence(Kind kind, int days, int dayOfMonth) {
    private static final Pattern EVERY = Pattern.compile("(?:每|every)\\s*(\\d+)\\s*(?:天|日|days?)");
    private static final Pattern MONTH_DAY = Pattern.compile("(?:每月|monthly)\\s*(?:on\\s*)?(\\d{1,2})\\s*(?:日|号)?");

    /** The kinds of cadence. */
    public enum Kind {
        /** Once a month. */
        MONTHLY,
        /** Every so many days. */
        EVERY_DAYS,
        /** Only when called. */
        AS_NEEDED
    }

    /** Monthly, a month after the date given. */
    public static final Cadence MONTHLY = new Cadence(Kind.MONTHLY, 0, 0);
    /** When called. */
    public static final Cadence AS_NEEDED = new Cadence(Kind.AS_NEEDED, 0, 0);

    /** @throws IllegalArgumentException if the numbers do not fit the kind */
    public Cadence {
        Objects.requireNonNull(kind, "kind");
        checkArgument(kind != Kind.EVERY_DAYS ? days == 0 : days > 0 && days <= 366,
                "every N days needs 1 to 366 days, other cadences none; got %s", days);
        checkArgument(kind != Kind.MONTHLY ? dayOfMonth == 0 : dayOfMonth >= 0 && dayOfMonth <= 28,
                "a monthly meeting day is 1 to 28 (0: a month later), other cadences none; got %s", dayOfMonth);
    }

    /** Every {@code days} days. */
    public static Cadence everyDays(int days) {
        return new Cadence(Kind.EVERY_DAYS, days, 0);
    }

    /** Monthly on a day. */
    public static Cadence monthlyOn(int day) {
        return new Cadence(Kind.MONTHLY, 0, day);
    }

    /** The next regular meeting day after {@code date}; empty for a body that meets when called. */
    public Optional<LocalDate> nextAfter(LocalDate date) {
        return switch (kind) {
            case AS_NEEDED -> Optional.empty();
            case EVERY_DAYS -> Optional.of(date.plusDays(days));
            case MONTHLY -> {
                if (dayOfMonth == 0) {
                    yield Optional.of(date.plusMonths(1));
                }
                LocalDate inMonth = date.withDayOfMonth(dayOfMonth);
                yield Optional.of(inMonth.isAfter(date) ? inMonth : inMonth.plusMonths(1));
            }
        };
    }

    /** Reads {@code monthly}, {@code 每月}, {@code 每月15日}, {@code every 14 days}, {@code 每14天}, {@code as-needed}, {@code 不定期}. */
    public static Optional<Cadence> parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("monthly") || t.equals("每月") || t.equals("每月一次")) {
            return Optional.of(MONTHLY);
        }
        if (t.equals("as-needed") || t.equals("不定期") || t.equals("随时")) {
            return Optional.of(AS_NEEDED);
        }
        Matcher m = EVERY.matcher(t);
        if (m.matches()) {
            int d = Integer.parseInt(m.group(1));
            return d > 0 && d <= 366 ? Optional.of(everyDays(d)) : Optional.empty();
        }
        m = MONTH_DAY.matcher(t);
        if (m.matches()) {
            int d = Integer.parseInt(m.group(1));
            return d >= 1 && d <= 28 ? Optional.of(monthlyOn(d)) : Optional.empty();
        }
        return Optional.empty();
    }

    /** The cadence in words. */
    public Bilingual describe() {
        return switch (kind) {
            case AS_NEEDED -> Bilingual.of("不定期", "when called");
            case EVERY_DAYS -> Bilingual.of("每" + days + "天", "every " + days + " days");
            case MONTHLY -> dayOfMonth == 0 ? Bilingual.of("每月", "monthly")
                    : Bilingual.of("每月" + dayOfMonth + "日", "monthly on day " + dayOfMonth);
        };
    }
}
