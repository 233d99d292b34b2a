package org.gridgov.visit;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gridgov.category.CategoryId;
import org.gridgov.issue.ChannelId;
import org.gridgov.people.KeyGroup;
import org.gridgov.validation.InvalidModelException;
import org.gridgov.validation.Problem;

/**
 * How often the members of each key group are visited, and how a visit is filed: as an issue of a category through
 * a channel. Visits fall on the anchor date and every cadence after it (a monthly cadence anchored on 2024-04-02
 * gives 2024-05-02, 2024-06-02, …). Groups without a cadence are not visited.
 *
 * @param category the category of a visit issue
 * @param channel  the channel it is filed through
 * @param cadence  the interval per key group, each positive
 * @param anchor   the first day visits fall on
 */
public record VisitPlan(CategoryId category, ChannelId channel, Map<KeyGroup, Period> cadence, LocalDate anchor) {
    private static final Map<String, Period> WORDS = Map.ofEntries(
            Map.entry("每周", Period.ofWeeks(1)), Map.entry("weekly", Period.ofWeeks(1)),
            Map.entry("每半月", Period.ofDays(15)), Map.entry("每月", Period.ofMonths(1)),
            Map.entry("monthly", Period.ofMonths(1)), Map.entry("每季度", Period.ofMonths(3)),
            Map.entry("quarterly", Period.ofMonths(3)), Map.entry("每半年", Period.ofMonths(6)),
            Map.entry("half-yearly", Period.ofMonths(6)), Map.entry("每年", Period.ofYears(1)),
            Map.entry("yearly", Period.ofYears(1)));

    /**
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if a cadence is zero or negative
     */
    public VisitPlan {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(anchor, "anchor");
        cadence.forEach((g, p) -> {
            if (p.isZero() || p.isNegative()) {
                throw new IllegalArgumentException("the cadence of " + g + " must be positive, not " + p);
            }
        });
        cadence = ImmutableMap.copyOf(cadence);
    }

    /** The cadence of a group, if its members are visited. */
    public Optional<Period> cadenceOf(KeyGroup group) {
        return Optional.ofNullable(cadence.get(group));
    }

    /**
     * Reads a plan as policy staff write it: groups by their English name ({@code elderly}, {@code children},
     * {@code disabled}, {@code workers}, {@code youth}, {@code women}) or Chinese name ({@code 老年人}…), cadences as
     * words ({@code 每周}, {@code 每半月}, {@code 每月}, {@code 每季度}, {@code 每半年}, {@code 每年}, {@code weekly},
     * {@code monthly}, {@code quarterly}, {@code half-yearly}, {@code yearly}) or ISO-8601 periods ({@code P2W}).
     *
     * @param where   where the plan is written, for messages ({@code settings.visits})
     * @param cadence group → cadence text
     * @throws InvalidModelException listing every unknown group, unreadable cadence and blank category or channel,
     *                               each at its path ({@code settings.visits.cadence.elderly})
     */
    public static VisitPlan parse(String where, String category, String channel, Map<String, String> cadence,
                                  LocalDate anchor) {
        List<Problem> problems = new ArrayList<>();
        if (category == null || category.isBlank()) {
            problems.add(Problem.of("setting", where + ".category", "", "缺少走访事项的类别",
                    "missing the category of visit issues"));
        }
        if (channel == null || channel.isBlank()) {
            problems.add(Problem.of("setting", where + ".channel", "", "缺少走访事项的渠道",
                    "missing the channel of visit issues"));
        }
        Map<KeyGroup, Period> out = new EnumMap<>(KeyGroup.class);
        cadence.forEach((key, text) -> {
            String path = where + ".cadence." + key;
            Optional<KeyGroup> group = group(key);
            Optional<Period> period = period(text);
            if (group.isEmpty()) {
                String known = Arrays.stream(KeyGroup.values()).map(g -> g.name().toLowerCase(Locale.ROOT) + " ("
                        + g.displayName().zh() + ")").collect(Collectors.joining(", "));
                problems.add(Problem.of("setting", path, "", "未知的关键人群 '" + key + "', 应为 " + known,
                        "unknown key group '" + key + "'; expected one of " + known));
            }
            if (period.isEmpty()) {
                problems.add(Problem.of("setting", path, "", "无法读取走访周期 '" + text + "', 应为 每周、每月、每季度、每半年、每年 或 P2W 这样的周期",
                        "cannot read the cadence '" + text + "'; expected weekly, monthly, quarterly, half-yearly, "
                                + "yearly (每周…) or an ISO period such as P2W"));
            }
            if (group.isPresent() && period.isPresent()) {
                out.put(group.get(), period.get());
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidModelException("visit plan", problems);
        }
        return new VisitPlan(new CategoryId(category.strip()), new ChannelId(channel.strip()), out, anchor);
    }

    private static Optional<KeyGroup> group(String key) {
        String k = key == null ? "" : key.strip();
        return Arrays.stream(KeyGroup.values()).filter(g -> g.name().equalsIgnoreCase(k)
                || g.displayName().zh().equals(k) || g.displayName().en().equalsIgnoreCase(k)).findFirst();
    }

    private static Optional<Period> period(String text) {
        String t = text == null ? "" : text.strip();
        Period word = WORDS.get(t.toLowerCase(Locale.ROOT));
        if (word != null) {
            return Optional.of(word);
        }
        try {
            Period p = Period.parse(t);
            return p.isZero() || p.isNegative() ? Optional.empty() : Optional.of(p);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
