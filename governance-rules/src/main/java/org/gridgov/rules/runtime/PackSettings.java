package org.gridgov.rules.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.time.LocalDateTime;
import org.gridgov.time.InvalidTimeLimitException;
import org.gridgov.time.Rounding;
import org.gridgov.time.WorkCalendar;
import org.gridgov.time.TimeLimit;
import org.gridgov.validation.InvalidModelException;
import org.gridgov.validation.Problem;

/**
 * The routing part of a pack's {@code settings}:
 *
 * <pre>
 * settings:
 *   levelAliases: {district: county}          # the pack's level word → the city's level id
 *   handlers:                                  # who handles a level when a rule names no organization
 *     grid: {role: grid-leader}
 *     street: {organizationType: street-office}
 *   fallback: [street, district]               # 兜底: who takes an issue no rule placed, in order
 *   timeLimits:
 *     default: 7 天
 *     bySeverity: {critical: 2 小时, high: 24 小时}
 *     byCategory: {livelihood.heating: 24 小时}
 *     rounding: end-of-day                     # working days run to the end of the Nth working day (下班前)
 *   emergency:                                 # 平急结合: the limits while in emergency mode
 *     timeLimits: {default: 24 小时, bySeverity: {critical: 1 小时}, byCategory: {disputes: 12 小时}}
 * </pre>
 *
 * <p><b>How a case's limit is found</b> ({@link #limitFor}). The ordinary limit is the stricter of the matter's
 * limit (a rule's {@code limit(...)}, else {@code byCategory} for the most specific category on the case's path)
 * and the severity's limit, else the default. In emergency mode (平急结合) the emergency limit is found the same
 * way from {@code settings.emergency.timeLimits} (its {@code byCategory} is the emergency column per category;
 * the rule's limit does not apply there), and the case takes the stricter of the two: every limit is shorter in
 * an emergency, or stays as it is if it was already shorter. The same holds for the {@code resolve} deadlines
 * escalation rules set. "Stricter" means the earlier due instant from the decision's instant in the location's
 * calendar. Every working-day limit of the pack, in settings and rules, is counted with {@code rounding}
 * ({@code exact}, the default, or {@code end-of-day}; {@link Rounding}).
 *
 * @param levelAliases pack level words mapped to city level ids
 * @param handlers     default handler per level word
 * @param fallback     fallback levels, in order
 * @param defaultLimit the time limit when nothing else sets one
 * @param bySeverity   limits per severity name
 * @param byCategory   limits per category id (matches the category and those below it)
 * @param emergency    the limits in emergency mode (平急结合), {@code settings.emergency.timeLimits}, if the pack
 *                     sets them; in emergency without them the ordinary limits apply
 * @param rounding     how the pack's working-day limits are counted
 */
public record PackSettings(Map<String, String> levelAliases, Map<String, Handler> handlers, List<String> fallback,
                              TimeLimit defaultLimit, Map<String, TimeLimit> bySeverity,
                              Map<String, TimeLimit> byCategory, Optional<Limits> emergency, Rounding rounding) {

    /**
     * A set of time limits.
     *
     * @param defaultLimit when nothing else applies
     * @param bySeverity   per severity name
     * @param byCategory   per category id
     */
    public record Limits(TimeLimit defaultLimit, Map<String, TimeLimit> bySeverity, Map<String, TimeLimit> byCategory) {
        public Limits {
            bySeverity = ImmutableMap.copyOf(bySeverity);
            byCategory = ImmutableMap.copyOf(byCategory);
        }

        /** The limit for the most specific category of a path (the category first, then its ancestors). */
        public Optional<TimeLimit> forCategory(List<String> categoryPath) {
            for (String id : categoryPath) {
                TimeLimit found = byCategory.get(id);
                if (found != null) {
                    return Optional.of(found);
                }
            }
            return Optional.empty();
        }

        /** The stricter of the matter's (else the category's) and the severity's limit, else the default. */
        TimeLimit limitFor(Optional<TimeLimit> matter, List<String> categoryPath, String severity, LocalDateTime start,
                           WorkCalendar calendar) {
            Optional<TimeLimit> own = matter.isPresent() ? matter : forCategory(categoryPath);
            Optional<TimeLimit> bySeverity = Optional.ofNullable(this.bySeverity.get(severity));
            if (own.isPresent() && bySeverity.isPresent()) {
                return stricter(own.get(), bySeverity.get(), start, calendar);
            }
            return own.or(() -> bySeverity).orElse(defaultLimit);
        }
    }

    public PackSettings(Map<String, String> levelAliases, Map<String, Handler> handlers, List<String> fallback,
                           TimeLimit defaultLimit, Map<String, TimeLimit> bySeverity,
                           Map<String, TimeLimit> byCategory, Optional<Limits> emergency) {
        this(levelAliases, handlers, fallback, defaultLimit, bySeverity, byCategory, emergency, Rounding.EXACT);
    }

    /** The ordinary limits. */
    public Limits ordinary() {
        return new Limits(defaultLimit, bySeverity, byCategory);
    }

    /**
     * A case's time limit (see the class comment): the ordinary one, or in emergency mode the stricter of it and
     * the emergency one.
     *
     * @param matter       the matter's own limit, from a rule, if any
     * @param categoryPath the case's category and its ancestors, most specific first
     * @param severity     the severity's name ({@code low} … {@code critical})
     * @param emergency    whether the case's location is in emergency mode
     * @param start        the decision's instant, in the city's local time
     * @param calendar     the location's calendar
     */
    public TimeLimit limitFor(Optional<TimeLimit> matter, List<String> categoryPath, String severity,
                              boolean emergency, LocalDateTime start, WorkCalendar calendar) {
        TimeLimit ordinary = ordinary().limitFor(matter, categoryPath, severity, start, calendar);
        return emergency ? inEmergency(ordinary, categoryPath, severity, start, calendar) : ordinary;
    }

    /**
     * A limit as it applies in emergency mode: the stricter of it and the case's emergency limit; the limit itself
     * if the pack sets no emergency limits.
     */
    public TimeLimit inEmergency(TimeLimit limit, List<String> categoryPath, String severity, LocalDateTime start,
                                 WorkCalendar calendar) {
        return emergency.map(e -> stricter(limit, e.limitFor(Optional.empty(), categoryPath, severity, start,
                calendar), start, calendar)).orElse(limit);
    }

    /** Of two limits, the one due first from a start (the first on a tie). */
    public static TimeLimit stricter(TimeLimit a, TimeLimit b, LocalDateTime start, WorkCalendar calendar) {
        return b.dueFrom(start, calendar).isBefore(a.dueFrom(start, calendar)) ? b : a;
    }

    /** The general limit of Beijing's 12345 standard, used when a pack sets none. */
    public static final TimeLimit GENERAL_LIMIT = TimeLimit.parse("7 天");

    /**
     * Who handles a level by default.
     *
     * @param organizationType the organization type, if one
     * @param role             the role, if one
     */
    public record Handler(Optional<String> organizationType, Optional<String> role) {
    }

    public PackSettings {
        levelAliases = ImmutableMap.copyOf(levelAliases);
        handlers = ImmutableMap.copyOf(handlers);
        fallback = ImmutableList.copyOf(fallback);
        bySeverity = ImmutableMap.copyOf(bySeverity);
        byCategory = ImmutableMap.copyOf(byCategory);
        java.util.Objects.requireNonNull(emergency, "emergency");
        java.util.Objects.requireNonNull(rounding, "rounding");
    }

    /**
     * Reads the routing settings of a pack; absent parts take their defaults (no aliases, no handlers,
     * fallback street then district, 7 natural days).
     *
     * @throws InvalidModelException naming the setting ({@code settings.timeLimits.bySeverity.high}) of every
     *                               value that cannot be used
     */
    public static PackSettings parse(ObjectNode settings) {
        List<Problem> problems = new ArrayList<>();
        Map<String, String> aliases = strings(settings.path("levelAliases"));
        Map<String, Handler> handlers = new LinkedHashMap<>();
        settings.path("handlers").fields().forEachRemaining(e -> handlers.put(e.getKey(), new Handler(
                text(e.getValue().path("organizationType")), text(e.getValue().path("role")))));
        List<String> fallback = new ArrayList<>();
        settings.path("fallback").forEach(n -> fallback.add(n.asText()));
        if (!settings.has("fallback")) {
            fallback.addAll(List.of("street", "district"));
        }
        Rounding rounding = rounding(settings.path("timeLimits").path("rounding"), problems);
        Limits normal = limits(settings.path("timeLimits"), "settings.timeLimits", GENERAL_LIMIT, rounding, problems);
        Optional<Limits> emergency = settings.path("emergency").has("timeLimits")
                ? Optional.of(limits(settings.path("emergency").path("timeLimits"), "settings.emergency.timeLimits",
                        normal.defaultLimit(), rounding, problems))
                : Optional.empty();
        if (!problems.isEmpty()) {
            throw new InvalidModelException("routing settings", problems);
        }
        return new PackSettings(aliases, handlers, fallback, normal.defaultLimit(), normal.bySeverity(),
                normal.byCategory(), emergency, rounding);
    }

    private static Rounding rounding(JsonNode node, List<Problem> problems) {
        if (node.isMissingNode() || node.isNull()) {
            return Rounding.EXACT;
        }
        Optional<Rounding> r = Rounding.parse(node.asText());
        if (r.isEmpty()) {
            problems.add(Problem.of("setting", "settings.timeLimits.rounding", "",
                    "工作日时限的算法 '" + node.asText() + "' 无效, 应为 exact(精确) 或 end-of-day(下班前)",
                    "rounding '" + node.asText() + "' is not one of exact, end-of-day"));
        }
        return r.orElse(Rounding.EXACT);
    }

    private static Limits limits(JsonNode limits, String path, TimeLimit fallbackDefault, Rounding rounding,
                                 List<Problem> problems) {
        TimeLimit general = limits.has("default") ? limit(limits.get("default"), path + ".default", problems)
                : fallbackDefault;
        Map<String, TimeLimit> bySeverity = limits(limits.path("bySeverity"), path + ".bySeverity", true, problems);
        Map<String, TimeLimit> byCategory = limits(limits.path("byCategory"), path + ".byCategory", false, problems);
        bySeverity.replaceAll((k, v) -> v.rounded(rounding));
        byCategory.replaceAll((k, v) -> v.rounded(rounding));
        general = general == null ? null : general.rounded(rounding);
        bySeverity.keySet().stream().filter(s -> !List.of("low", "medium", "high", "critical").contains(s))
                .forEach(s -> problems.add(Problem.of("setting", path + ".bySeverity." + s, "",
                        "严重程度 '" + s + "' 无效, 应为 low、medium、high、critical",
                        "severity '" + s + "' is not one of low, medium, high, critical")));
        return new Limits(general == null ? fallbackDefault : general, bySeverity, byCategory);
    }

    /** A limit a rule of the pack writes, counted with the pack's rounding. */
    public TimeLimit parseLimit(String text) {
        return TimeLimit.parse(text).rounded(rounding);
    }

    /** The city's level id for a level word of the pack. */
    public String cityLevel(String packLevel) {
        return levelAliases.getOrDefault(packLevel, packLevel);
    }

    /** The pack's level word for a city level id (the reverse of the aliases). */
    public String packLevel(String cityLevel) {
        return levelAliases.entrySet().stream().filter(e -> e.getValue().equals(cityLevel)).map(Map.Entry::getKey)
                .findFirst().orElse(cityLevel);
    }

    private static Map<String, String> strings(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    private static Optional<String> text(JsonNode node) {
        return node.isMissingNode() || node.isNull() || node.asText().isBlank() ? Optional.empty()
                : Optional.of(node.asText().strip());
    }

    private static Map<String, TimeLimit> limits(JsonNode node, String path, boolean lowerCaseKeys,
                                                 List<Problem> problems) {
        Map<String, TimeLimit> out = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> {
            TimeLimit l = limit(e.getValue(), path + "." + e.getKey(), problems);
            if (l != null) {
                out.put(lowerCaseKeys ? e.getKey().toLowerCase(Locale.ROOT) : e.getKey(), l);
            }
        });
        return out;
    }

    private static TimeLimit limit(JsonNode node, String path, List<Problem> problems) {
        try {
            return TimeLimit.parse(node.asText());
        } catch (InvalidTimeLimitException e) {
            problems.add(new Problem("setting", path, "", e.explanation()));
            return null;
        }
    }
}
