package org.gridgov.time;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridgov.i18n.Bilingual;

/**
 * A time limit as policies state it: an amount of natural time (minutes, hours, days) or of working time
 * (working hours, working days).
 *
 * <p>{@link #parse(String)} reads what policy staff write, in Chinese or English, with or without spaces,
 * with Arabic or Chinese numerals: {@code 2h}, {@code 30 分钟}, {@code 24 小时}, {@code 3 个工作日},
 * {@code 三个工作日}, {@code 7 natural days}, {@code 15 working days}, {@code 4 working hours}, {@code 7天}.
 * A plain "day" or "天" is a natural day; working time is always said so.
 *
 * <p>{@link #dueFrom} counts it: natural time is added as is ({@code 7 days} = the same time seven calendar
 * days later); working time is counted by the calendar ({@link WorkCalendar#plusWorkingDays},
 * {@link WorkCalendar#plusWorkingHours}). Three working days are three working days of the calendar, never
 * 72 hours: from 2025-09-30T16:00 they end on 2025-10-11T16:00.
 *
 * <p>Working days are counted exactly unless the limit is rounded to the end of the day ({@link Rounding}); a
 * rounded limit is written with the suffix {@code 下班前} or {@code by end of day}: {@code 1 个工作日下班前},
 * {@code 3 working days by end of day}.
 *
 * @param amount   how many units, at least 1
 * @param unit     the unit
 * @param rounding how working days are counted; always {@link Rounding#EXACT} for other units
 */
public record TimeLimit(int amount, LimitUnit unit, Rounding rounding) {
    private static final Pattern END_OF_DAY = Pattern.compile(
            "^(.*?)\s*[(（]?\s*(?:下班前|by end of day|to end of day|end of day)\s*[)）]?\s*$");
    private static final Pattern FORM = Pattern.compile(
            "^\\s*([0-9]+|[零一二两三四五六七八九十百]+)\\s*(?:个)?\\s*(\\S.*?)\\s*$");

    private static final Map<String, LimitUnit> UNITS = Map.ofEntries(
            Map.entry("m", LimitUnit.MINUTES), Map.entry("min", LimitUnit.MINUTES),
            Map.entry("mins", LimitUnit.MINUTES), Map.entry("minute", LimitUnit.MINUTES),
            Map.entry("minutes", LimitUnit.MINUTES), Map.entry("分钟", LimitUnit.MINUTES),
            Map.entry("h", LimitUnit.HOURS), Map.entry("hr", LimitUnit.HOURS), Map.entry("hrs", LimitUnit.HOURS),
            Map.entry("hour", LimitUnit.HOURS), Map.entry("hours", LimitUnit.HOURS),
            Map.entry("natural hour", LimitUnit.HOURS), Map.entry("natural hours", LimitUnit.HOURS),
            Map.entry("小时", LimitUnit.HOURS), Map.entry("钟头", LimitUnit.HOURS), Map.entry("自然小时", LimitUnit.HOURS),
            Map.entry("d", LimitUnit.DAYS), Map.entry("day", LimitUnit.DAYS), Map.entry("days", LimitUnit.DAYS),
            Map.entry("natural day", LimitUnit.DAYS), Map.entry("natural days", LimitUnit.DAYS),
            Map.entry("calendar day", LimitUnit.DAYS), Map.entry("calendar days", LimitUnit.DAYS),
            Map.entry("天", LimitUnit.DAYS), Map.entry("日", LimitUnit.DAYS), Map.entry("自然日", LimitUnit.DAYS),
            Map.entry("自然天", LimitUnit.DAYS),
            Map.entry("wh", LimitUnit.WORKING_HOURS), Map.entry("working hour", LimitUnit.WORKING_HOURS),
            Map.entry("working hours", LimitUnit.WORKING_HOURS), Map.entry("work hour", LimitUnit.WORKING_HOURS),
            Map.entry("work hours", LimitUnit.WORKING_HOURS), Map.entry("business hour", LimitUnit.WORKING_HOURS),
            Map.entry("business hours", LimitUnit.WORKING_HOURS), Map.entry("工作小时", LimitUnit.WORKING_HOURS),
            Map.entry("工时", LimitUnit.WORKING_HOURS),
            Map.entry("wd", LimitUnit.WORKING_DAYS), Map.entry("working day", LimitUnit.WORKING_DAYS),
            Map.entry("working days", LimitUnit.WORKING_DAYS), Map.entry("work day", LimitUnit.WORKING_DAYS),
            Map.entry("work days", LimitUnit.WORKING_DAYS), Map.entry("workday", LimitUnit.WORKING_DAYS),
            Map.entry("workdays", LimitUnit.WORKING_DAYS), Map.entry("business day", LimitUnit.WORKING_DAYS),
            Map.entry("business days", LimitUnit.WORKING_DAYS), Map.entry("工作日", LimitUnit.WORKING_DAYS));

    /** @throws IllegalArgumentException if the amount is less than 1, or a unit other than working days is rounded */
    public TimeLimit {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(rounding, "rounding");
        checkArgument(amount >= 1, "a time limit must be at least 1 %s, got %s", unit, amount);
        checkArgument(rounding == Rounding.EXACT || unit == LimitUnit.WORKING_DAYS,
                "only working days are rounded, not %s", unit);
    }

    /** A limit counted exactly. */
    public TimeLimit(int amount, LimitUnit unit) {
        this(amount, unit, Rounding.EXACT);
    }

    /** This limit counted with a rounding: working days take it, other units stay as they are. */
    public TimeLimit rounded(Rounding r) {
        return unit == LimitUnit.WORKING_DAYS && r != rounding ? new TimeLimit(amount, unit, r) : this;
    }

    /** A limit of an amount of a unit. */
    public static TimeLimit of(int amount, LimitUnit unit) {
        return new TimeLimit(amount, unit);
    }

    /**
     * Reads a limit as policy staff write it; see the class comment for the accepted forms.
     *
     * @throws InvalidTimeLimitException saying, in Chinese and English, what was not understood and which forms
     *                                   are accepted
     */
    public static TimeLimit parse(String text) {
        if (text == null || text.isBlank()) {
            throw invalid(String.valueOf(text), "时限为空", "the time limit is empty");
        }
        // NFKC turns full-width digits, letters and spaces (３ 个工作日, 3　天) into their ASCII forms.
        String normal = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC);
        Matcher rounded = END_OF_DAY.matcher(normal);
        boolean endOfDay = rounded.matches();
        Matcher m = FORM.matcher(endOfDay ? rounded.group(1) : normal);
        if (!m.matches()) {
            throw invalid(text, "时限应以数字开头", "a time limit starts with a number");
        }
        String unitText = m.group(2).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        LimitUnit unit = UNITS.get(unitText);
        if (unit == null) {
            throw invalid(text, "无法识别的时间单位 '" + m.group(2) + "'", "unknown unit '" + m.group(2) + "'");
        }
        long amount = m.group(1).chars().allMatch(Character::isDigit) ? parseDigits(m.group(1)) : chinese(m.group(1));
        if (amount < 1 || amount > 100_000) {
            throw invalid(text, "时限数量应在 1 到 100000 之间", "the amount must be between 1 and 100000");
        }
        if (endOfDay && unit != LimitUnit.WORKING_DAYS) {
            throw invalid(text, "只有工作日时限可以算到下班前", "only working days can run to the end of the day");
        }
        return new TimeLimit((int) amount, unit, endOfDay ? Rounding.END_OF_DAY : Rounding.EXACT);
    }

    private static long parseDigits(String digits) {
        return digits.length() > 9 ? Long.MAX_VALUE : Long.parseLong(digits);
    }

    /** Chinese numerals up to 九百九十九: 三, 十五, 二十, 两, 一百零五. Anything else is -1. */
    static long chinese(String s) {
        String digits = "零一二三四五六七八九";
        long total = 0;
        long current = -1;
        int lastScale = Integer.MAX_VALUE;
        for (char c : s.toCharArray()) {
            int d = c == '两' ? 2 : digits.indexOf(c);
            if (d >= 0) {
                if (current > 0) {
                    return -1; // two digits in a row: not a numeral we read
                }
                current = d;
            } else if (c == '十' || c == '百') {
                int scale = c == '十' ? 10 : 100;
                if (scale >= lastScale) {
                    return -1; // 十十, 二十三百: each scale at most once, largest first
                }
                lastScale = scale;
                total += (current < 0 ? 1 : current) * scale;
                current = -1;
            }
        }
        if (current > 0 && s.length() >= 2 && s.charAt(s.length() - 2) == '百') {
            return -1; // 一百五 is said for 150, written 一百零五 for 105: ambiguous, refuse it
        }
        return total + Math.max(current, 0);
    }

    private static InvalidTimeLimitException invalid(String text, String zh, String en) {
        return new InvalidTimeLimitException(text, Bilingual.of(
                "无法识别时限 '" + text + "': " + zh + "。可写作: 30 分钟、2 小时、24 小时、7 天、3 个工作日、4 个工作小时",
                "cannot read the time limit '" + text + "': " + en
                        + ". Write for example: 30 minutes, 2h, 24 hours, 7 natural days, 3 working days, 4 working hours"));
    }

    /** True if counted in working time. */
    public boolean isWorkingTime() {
        return unit.isWorking();
    }

    /**
     * The due instant of this limit for a start.
     *
     * @param start    when the clock starts, in the city's local time
     * @param calendar the calendar that counts working time; unused for natural time
     */
    public LocalDateTime dueFrom(LocalDateTime start, WorkCalendar calendar) {
        return switch (unit) {
            case MINUTES -> start.plusMinutes(amount);
            case HOURS -> start.plusHours(amount);
            case DAYS -> start.plusDays(amount);
            case WORKING_HOURS -> calendar.plusWorkingHours(start, Duration.ofHours(amount));
            case WORKING_DAYS -> rounding == Rounding.END_OF_DAY ? calendar.endOfWorkingDays(start, amount)
                    : calendar.plusWorkingDays(start, amount);
        };
    }

    /** The limit as shown to people: {@code 3个工作日 / 3 working days}, {@code 1个工作日下班前 / 1 working day by end of day}. */
    public Bilingual displayName() {
        String en = amount + " " + unit.displayName().en() + (amount == 1 ? "" : "s");
        String zh = amount + unit.displayName().zh();
        return rounding == Rounding.END_OF_DAY ? Bilingual.of(zh + "下班前", en + " by end of day")
                : Bilingual.of(zh, en);
    }

    /** The canonical English form, which {@link #parse} reads back: {@code 3 working days}, {@code 2 hours}. */
    @Override
    public String toString() {
        return displayName().en();
    }
}
