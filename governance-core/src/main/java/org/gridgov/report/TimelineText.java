package org.gridgov.report;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gridgov.city.City;
import org.gridgov.i18n.Bilingual;
import org.gridgov.privacy.Masking;
import org.gridgov.issue.IssueEvent;
import org.gridgov.issue.Owner;
import org.gridgov.organization.OrganizationId;

/** A case's timeline as text for people: one line per event, local time first, in Chinese or English. */
public final class TimelineText {
    private TimelineText() {
    }

    /** Event names for people, Chinese then English, by the event's type name. */
    private static final Map<String, Bilingual> NAMES = names();

    private static Map<String, Bilingual> names() {
        String[][] rows = {{"Reported", "报单", "reported"}, {"Routed", "派单", "routed"},
            {"Accepted", "受理", "accepted"}, {"DispatchRejected", "退单", "dispatch rejected"},
            {"Escalated", "吹哨上报", "escalated"}, {"Summoned", "召集", "summoned"}, {"CheckedIn", "报到", "reported in"},
            {"Consulted", "会商", "consulted"}, {"Resolved", "办结", "resolved"}, {"FeedbackGiven", "反馈", "fed back"},
            {"Rated", "评价", "rated"}, {"Reopened", "重办", "reopened"}, {"Closed", "结案", "closed"},
            {"Supervised", "督办", "supervised"}, {"DeadlineSet", "设定时限", "deadline set"},
            {"Warned", "预警", "warned"}, {"Reassigned", "转岗接办", "reassigned"},
            {"DeadlineCleared", "撤销时限", "deadline cleared"}, {"ReportInMissed", "报到超时", "report-in missed"},
            {"Note", "备注", "note"}, {"CallbackFailed", "回访未接通", "callback failed"},
            {"Excluded", "不纳入考核", "excluded"}};
        Map<String, Bilingual> out = new HashMap<>();
        for (String[] r : rows) {
            out.put(r[0], Bilingual.of(r[1], r[2]));
        }
        return Map.copyOf(out);
    }

    /**
     * One event as a line for people in a language, with owners and organizations by name and people by masked
     * name: {@code 2022-05-24T09:00 召集 北城街道司法所, 报到时限 2022-05-24T09:30}.
     *
     * @param e      the event
     * @param city   the city, for names and its zone
     * @param locale Chinese for any {@code zh} locale, English otherwise
     * @throws IllegalArgumentException if the event names a node or organization the city lacks
     */
    public static String line(IssueEvent e, City city, Locale locale) {
        return time(e.at(), city.zone()) + " " + describe(e, city, locale);
    }

    /**
     * As {@link #line(IssueEvent, City, Locale)}, without the time. Phone and ID numbers in the event's free text
     * (summaries, feedback, notes, conclusions) are masked ({@link Masking#text}).
     */
    public static String describe(IssueEvent e, City city, Locale locale) {
        return Masking.text(unmasked(e, city, locale));
    }

    private static String unmasked(IssueEvent e, City city, Locale locale) {
        String kind = e.getClass().getSimpleName();
        String name = NAMES.getOrDefault(kind, Bilingual.zh(kind)).in(locale);
        boolean zh = "zh".equals(locale.getLanguage());
        if (e instanceof IssueEvent.Routed r) {
            return name + " → " + owner(r.owner(), city, locale) + coHandlers(r.coHandlers(), city, locale) + ": "
                    + r.reason().in(locale);
        }
        if (e instanceof IssueEvent.Escalated x) {
            return name + " → " + owner(x.newOwner(), city, locale) + coHandlers(x.coHandlers(), city, locale) + ": "
                    + x.reason().in(locale);
        }
        if (e instanceof IssueEvent.Reassigned x) {
            return name + " → " + owner(x.newOwner(), city, locale) + ": " + x.reason().in(locale);
        }
        if (e instanceof IssueEvent.Summoned m) {
            return name + " " + org(m.organization(), city, locale) + m.reportInBy().map(t -> (zh ? ", 报到时限 "
                    : ", report in by ") + time(t, city.zone())).orElse("");
        }
        if (e instanceof IssueEvent.CheckedIn c) {
            return name + " " + org(c.organization(), city, locale);
        }
        if (e instanceof IssueEvent.ReportInMissed m) {
            return name + " " + org(m.organization(), city, locale);
        }
        if (e instanceof IssueEvent.Consulted c) {
            return name + " " + String.join(zh ? "、" : ", ", c.participants().stream()
                    .map(o -> org(o, city, locale)).toList()) + ": " + c.conclusion();
        }
        if (e instanceof IssueEvent.Resolved r) {
            return name + ": " + r.summary();
        }
        if (e instanceof IssueEvent.FeedbackGiven f) {
            return name + ": " + f.text();
        }
        if (e instanceof IssueEvent.Rated r) {
            return name + " " + r.rating().displayName().in(locale);
        }
        if (e instanceof IssueEvent.Supervised s) {
            return name + ": " + s.note();
        }
        if (e instanceof IssueEvent.Warned w) {
            return name + " " + w.deadline() + ": " + w.message().in(locale);
        }
        if (e instanceof IssueEvent.DeadlineSet d) {
            return name + " " + d.kind() + " " + time(d.due(), city.zone());
        }
        if (e instanceof IssueEvent.DispatchRejected d) {
            return name + ": " + d.reason().in(locale);
        }
        if (e instanceof IssueEvent.Reopened r) {
            return name + ": " + r.reason().in(locale);
        }
        return name;
    }

    private static String time(Instant at, ZoneId zone) {
        return LocalDateTime.ofInstant(at, zone).truncatedTo(ChronoUnit.MINUTES).toString();
    }

    /** An owner for people: the organization or the node by name, and the person by masked name. */
    public static String owner(Owner o, City city, Locale locale) {
        String where = o.organization().map(id -> org(id, city, locale))
                .orElse(city.jurisdiction().node(o.node()).name().in(locale));
        return where + o.person().flatMap(p -> city.people().find(p)).map(p -> " (" + p.maskedName() + ")").orElse("");
    }

    private static String org(OrganizationId id, City city, Locale locale) {
        return city.organizations().find(id).map(o -> o.name().in(locale)).orElse(id.value());
    }

    private static String coHandlers(List<OrganizationId> ids, City city, Locale locale) {
        if (ids.isEmpty()) {
            return "";
        }
        boolean zh = "zh".equals(locale.getLanguage());
        return (zh ? "，协办 " : ", with ") + String.join(zh ? "、" : ", ", ids.stream().map(i -> org(i, city, locale))
                .toList());
    }
}
