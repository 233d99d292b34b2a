package org.gridgov.cli;

import java.io.PrintWriter;
import java.time.Year;
import java.util.Locale;
import java.util.Optional;
import org.gridgov.city.City;
import org.gridgov.engine.Services;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.privacy.Masking;
import org.gridgov.service.ServiceRates;

/** A community's service as people read it: report-ins, wishes, orders, posts, confirmed services, rates. */
final class ServiceListing {
    private ServiceListing() {
    }

    /**
     * Prints what happened in an area (or everywhere), with the rates of a year (or of the first report-in's).
     */
    static void print(City c, Services s, Optional<NodeId> only, Optional<Year> year, Locale locale, PrintWriter out) {
        boolean zh = "zh".equals(locale.getLanguage());
        var tree = c.jurisdiction();
        java.util.function.Predicate<NodeId> in = n -> only.map(o -> tree.isAncestorOrSelf(o, n)).orElse(true);
        java.util.function.Function<org.gridgov.people.PersonId, String> who = p -> c.people().find(p)
                .map(x -> x.maskedName()).orElse(p.value());
        s.reportIns().stream().filter(r -> in.test(r.community())).forEach(r -> out.printf("%s %s → %s (%s)%s%n",
                zh ? "报到" : "report-in", r.member().map(who).orElse(r.unit().map(Object::toString).orElse("")),
                tree.node(r.community()).name().in(locale), r.basis().displayName().in(locale),
                r.confirmed() ? (zh ? ", 已线下确认" : ", confirmed in person") : (zh ? ", 仅网上报到" : ", online only")));
        s.wishes().stream().filter(w -> in.test(w.community())).forEach(w -> out.printf("%s %s: %s %s%n",
                zh ? "心愿" : "wish", w.id(), Masking.text(w.text()), w.status().name().toLowerCase(Locale.ROOT)));
        s.menu().orders().stream().filter(o -> in.test(o.community())).forEach(o -> out.printf("%s %s: %s %s%n",
                zh ? "点单" : "order", o.id(), Masking.text(o.menuItem()), o.status().name().toLowerCase(Locale.ROOT)));
        s.menu().posts().stream().filter(p -> in.test(p.community())).forEach(p -> out.printf("%s %s: %s %d/%d%n",
                zh ? "岗位" : "post", p.id(), p.title(), p.members().size(), p.capacity()));
        // A record is the community's its member reported in to (that year, or any year when none is asked).
        java.util.Set<org.gridgov.people.PersonId> here = s.reportIns().stream().filter(r -> in.test(r.community()))
                .filter(r -> year.map(y -> r.year().equals(y)).orElse(true)).flatMap(r -> r.member().stream())
                .collect(java.util.stream.Collectors.toSet());
        s.records().stream().filter(r -> r.counts() && (only.isEmpty() || here.contains(r.member()))).forEach(r -> out.printf("%s %s: %s, %s %.1f %s%n",
                zh ? "服务" : "service", r.id(), who.apply(r.member()), Masking.text(r.what()),
                r.duration().toMinutes() / 60.0, zh ? "小时" : "h"));
        // The year of the rates is the one asked for, else the first report-in's; nothing reads the clock.
        Optional<Year> y = year.or(() -> s.reportIns().stream().map(r -> r.year()).findFirst());
        if (y.isEmpty()) {
            return;
        }
        NodeId area = only.orElse(tree.root().id());
        ServiceRates rates = s.ratesOf(area, y.get());
        out.printf("%s %s %s %s, %s %s (%d/%d)%n", y.get(), tree.node(area).name().in(locale),
                zh ? "报到率" : "report-in rate", percent(rates.reportInRate()), zh ? "服务率" : "service rate",
                percent(rates.serviceRate()), rates.reported().size(), rates.expected().size());
    }

    static String percent(Optional<Double> rate) {
        return rate.map(r -> String.format(Locale.ROOT, "%.2f%%", r * 100)).orElse("—");
    }
}
