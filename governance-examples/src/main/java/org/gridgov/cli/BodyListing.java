package org.gridgov.cli;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.gridgov.CityEngine;
import org.gridgov.city.City;
import org.gridgov.deliberation.Body;
import org.gridgov.deliberation.Item;
import org.gridgov.deliberation.Meeting;
import org.gridgov.privacy.Masking;

/** The city's deliberating bodies as people read them: each with its meetings, items, counts and tasks. */
final class BodyListing {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private BodyListing() {
    }

    /**
     * Prints every body (or only {@code only}, when given) of the engine's city.
     *
     * @param only a body id, or null for all
     */
    static void print(City c, CityEngine engine, String only, Locale locale, PrintWriter out) {
        boolean zh = "zh".equals(locale.getLanguage());
        var d = engine.engine().deliberation();
        for (Body b : c.bodies().all()) {
            if (only != null && !only.equals(b.id().value())) {
                continue;
            }
            out.printf("%s [%s] %s, %s%n", b.name().in(locale), b.id(), b.kind().displayName().in(locale),
                    b.cadence().describe().in(locale));
            for (Meeting m : d.meetings()) {
                if (m.body().equals(b.id())) {
                    long taken = m.attendance().stream().filter(a -> a.presence().taken()).count();
                    out.printf("  %s %s %s %s, %d/%d%n", zh ? "会议" : "meeting", m.id(),
                            TIME.format(m.when().atZone(c.zone())), m.status().displayName().in(locale), taken,
                            b.seats().size());
                }
            }
            for (Item i : d.items()) {
                if (i.body().equals(Optional.of(b.id()))) {
                    out.printf("  %s %s %s: %s%n", zh ? "议题" : "item", i.id(), Masking.text(i.facts().title()),
                            i.status().displayName().in(locale));
                    i.tally().ifPresent(t -> out.printf("    %s%n", t.why().in(locale)));
                    i.tasks().forEach((n, t) -> out.printf("    %s %d: %s %s%n", zh ? "任务" : "task", n, t,
                            engine.engine().issue(t).map(x -> x.status().displayName().in(locale)).orElse("")));
                }
            }
        }
    }
}
