package org.gridgov.issue;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kind of a deadline on an issue's timeline: the resolve limit, the procedure stage's limit, a joint
 * consultation's, a warning instant at a fraction of the resolve limit, or a kind a city's pack names itself
 * (e.g. {@code accept}). Its {@link #key()} is the text stored in {@code DeadlineSet} events and read by rules
 * ({@code resolve}, {@code stage}, {@code consult}, {@code warn-80}), so timelines and packs keep their
 * vocabulary.
 *
 * @param key the stored text
 */
public record DeadlineKind(String key) {
    /** The issue's time limit (办理时限). */
    public static final DeadlineKind RESOLVE = new DeadlineKind("resolve");
    /** The current procedure stage's limit (环节时限). */
    public static final DeadlineKind STAGE = new DeadlineKind("stage");
    /** A joint consultation (会商) the escalation policy convened. */
    public static final DeadlineKind CONSULT = new DeadlineKind("consult");

    private static final Pattern WARNING = Pattern.compile("warn-(\\d{1,2})");

    /**
     * @throws IllegalArgumentException if the key is blank, or starts with {@code report-in:}, which names the
     *                                  report-in deadlines of organizations
     */
    public DeadlineKind {
        Objects.requireNonNull(key, "key");
        checkArgument(!key.isBlank(), "a deadline kind is not blank");
        checkArgument(!key.startsWith("report-in:"), "'%s' is not a deadline kind: report-ins are due items of their own",
                key);
    }

    /** The warning instant at a fraction (0 &lt; f &lt; 1) of the resolve limit, e.g. {@code warn-80} for 0.8. */
    public static DeadlineKind warning(double fraction) {
        checkArgument(fraction > 0 && fraction < 1, "a warning fraction is between 0 and 1, got %s", fraction);
        return new DeadlineKind("warn-" + Math.round(fraction * 100));
    }

    /** A kind by its stored text. */
    public static DeadlineKind of(String key) {
        return new DeadlineKind(key);
    }

    /** For a warning instant, its fraction of the resolve limit. */
    public Optional<Double> warningFraction() {
        Matcher m = WARNING.matcher(key);
        return m.matches() ? Optional.of(Integer.parseInt(m.group(1)) / 100.0) : Optional.empty();
    }

    @Override
    public String toString() {
        return key;
    }
}
