package org.gridgov.issue;

import static com.google.common.base.Preconditions.checkArgument;
import static org.gridgov.issue.IssueStatus.CLOSED;
import static org.gridgov.issue.IssueStatus.DISPATCHED;
import static org.gridgov.issue.IssueStatus.IN_PROGRESS;
import static org.gridgov.issue.IssueStatus.NEW;
import static org.gridgov.issue.IssueStatus.RESOLVED;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.IssueEvent.Accepted;
import org.gridgov.issue.IssueEvent.CallbackFailed;
import org.gridgov.issue.IssueEvent.CheckedIn;
import org.gridgov.issue.IssueEvent.Closed;
import org.gridgov.issue.IssueEvent.Consulted;
import org.gridgov.issue.IssueEvent.DeadlineCleared;
import org.gridgov.issue.IssueEvent.DeadlineSet;
import org.gridgov.issue.IssueEvent.DispatchRejected;
import org.gridgov.issue.IssueEvent.Escalated;
import org.gridgov.issue.IssueEvent.Excluded;
import org.gridgov.issue.IssueEvent.FeedbackGiven;
import org.gridgov.issue.IssueEvent.Note;
import org.gridgov.issue.IssueEvent.ReportInMissed;
import org.gridgov.issue.IssueEvent.Rated;
import org.gridgov.issue.IssueEvent.Reassigned;
import org.gridgov.issue.IssueEvent.Reopened;
import org.gridgov.issue.IssueEvent.Reported;
import org.gridgov.issue.IssueEvent.Resolved;
import org.gridgov.issue.IssueEvent.Routed;
import org.gridgov.issue.IssueEvent.Summoned;
import org.gridgov.issue.IssueEvent.Supervised;
import org.gridgov.issue.IssueEvent.Warned;

/**
 * The one transition function of the issue lifecycle, used by commands and by replay alike so that what a
 * command accepts is exactly what a replay accepts. The table it implements is on {@link Issue}.
 */
final class Lifecycle {
    private static final Set<IssueStatus> HANDLING = EnumSet.of(DISPATCHED, IN_PROGRESS);

    private Lifecycle() {
    }

    /** The state an issue starts in. */
    static Issue start(Reported reported) {
        Draft d = new Draft();
        d.status = NEW;
        return d.freeze(null, reported);
    }

    /**
     * The outcome of applying an event to an issue.
     *
     * @throws IllegalArgumentException if the event belongs to another issue
     */
    static Outcome next(Issue current, IssueEvent event) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(event, "event");
        checkArgument(event.issue().equals(current.id()),
                "event for issue %s applied to issue %s", event.issue(), current.id());
        if (event.at().isBefore(current.lastEventAt())) {
            return new Outcome.Rejected(Rejection.of("out-of-order",
                    "事件时间早于上一事件（" + current.lastEventAt() + "）",
                    "the event is earlier than the previous one (" + current.lastEventAt() + ")"));
        }
        Draft d = new Draft(current);
        Rejection r = evolve(d, event);
        return r != null ? new Outcome.Rejected(r) : new Outcome.Accepted(d.freeze(current, event), event);
    }

    /** How an event checks and changes the draft; returns the refusal or null. */
    @FunctionalInterface
    private interface Transition<E extends IssueEvent> {
        Rejection apply(Draft d, E event);
    }

    /** One transition per event type: the table of {@link Issue}, one small method a row. */
    private static final Map<Class<?>, Transition<IssueEvent>> TRANSITIONS = Map.ofEntries(
            on(Reported.class, Lifecycle::reported),
            on(Note.class, Lifecycle::note),
            on(CallbackFailed.class, Lifecycle::callbackFailed),
            on(Excluded.class, Lifecycle::excluded),
            on(DeadlineSet.class, Lifecycle::deadlineSet),
            on(Warned.class, Lifecycle::warned),
            on(Reassigned.class, Lifecycle::reassigned),
            on(DeadlineCleared.class, Lifecycle::deadlineCleared),
            on(ReportInMissed.class, Lifecycle::reportInMissed),
            on(Routed.class, Lifecycle::routed),
            on(Accepted.class, Lifecycle::accepted),
            on(DispatchRejected.class, Lifecycle::dispatchRejected),
            on(Escalated.class, Lifecycle::escalated),
            on(Summoned.class, Lifecycle::summoned),
            on(CheckedIn.class, Lifecycle::checkedIn),
            on(Consulted.class, Lifecycle::consulted),
            on(Supervised.class, Lifecycle::supervised),
            on(Resolved.class, Lifecycle::resolved),
            on(FeedbackGiven.class, Lifecycle::feedbackGiven),
            on(Rated.class, Lifecycle::rated),
            on(Reopened.class, Lifecycle::reopened),
            on(Closed.class, Lifecycle::closed));

    private static <E extends IssueEvent> Map.Entry<Class<?>, Transition<IssueEvent>> on(Class<E> type,
                                                                                          Transition<E> t) {
        return Map.entry(type, (d, e) -> t.apply(d, type.cast(e)));
    }

    /** True if the lifecycle knows how to apply events of the type (every permitted event type: tested). */
    static boolean handles(Class<? extends IssueEvent> type) {
        return TRANSITIONS.containsKey(type);
    }

    /** Checks the event against the draft's state and, if legal, applies it; returns the refusal or null. */
    private static Rejection evolve(Draft d, IssueEvent e) {
        Transition<IssueEvent> t = TRANSITIONS.get(e.getClass());
        if (t == null) {
            throw new AssertionError("unhandled event type " + e.getClass().getName());
        }
        return t.apply(d, e);
    }

    private static Rejection reported(Draft d, Reported e) {
        return Rejection.of("already-reported", "问题已登记，不能重复登记", "the issue is already reported");
    }

    private static Rejection note(Draft d, Note e) {
        return null;
    }

    private static Rejection callbackFailed(Draft d, CallbackFailed e) {
        return d.status == RESOLVED || d.status == CLOSED ? null : wrongStatus(d, e);
    }

    private static Rejection excluded(Draft d, Excluded e) {
        if (d.excluded) {
            return Rejection.of("already-excluded", "问题已标记为不纳入考核",
                    "the issue is already excluded from assessment");
        }
        d.excluded = true;
        return null;
    }

    private static Rejection deadlineSet(Draft d, DeadlineSet s) {
        if (d.status == CLOSED) {
            return wrongStatus(d, s);
        }
        d.deadlines.remove(s.kind()); // re-insert so the map lists kinds in the order last set
        d.deadlines.put(s.kind(), s.due());
        return null;
    }

    private static Rejection warned(Draft d, Warned w) {
        if (d.status == CLOSED) {
            return wrongStatus(d, w);
        }
        if (d.deadlines.remove(w.deadline()) == null) {
            return Rejection.of("no-such-deadline", "问题没有时限 " + w.deadline(),
                    "the issue has no deadline " + w.deadline());
        }
        return null;
    }

    private static Rejection reassigned(Draft d, Reassigned r) {
        if (!HANDLING.contains(d.status)) {
            return wrongStatus(d, r);
        }
        d.owner = Optional.of(r.newOwner());
        return null;
    }

    private static Rejection deadlineCleared(Draft d, DeadlineCleared c) {
        if (d.status == CLOSED) {
            return wrongStatus(d, c);
        }
        if (d.deadlines.remove(c.kind()) == null) {
            return Rejection.of("no-such-deadline", "问题没有时限 " + c.kind(), "the issue has no deadline " + c.kind());
        }
        return null;
    }

    private static Rejection reportInMissed(Draft d, ReportInMissed m) {
        if (!d.status.isOpen()) {
            return wrongStatus(d, m);
        }
        for (int i = 0; i < d.participants.size(); i++) {
            Participant p = d.participants.get(i);
            if (p.organization().equals(m.organization()) && !p.checkedIn() && !p.missed()) {
                d.participants.set(i, p.miss(m.at()));
                return null;
            }
        }
        return Rejection.of("not-summoned", m.organization() + " 没有待报到的召集",
                m.organization() + " has no pending summons to miss");
    }

    private static Rejection routed(Draft d, Routed r) {
        if (d.status != NEW) {
            return wrongStatus(d, r);
        }
        d.dispatchTo(r.owner());
        return null;
    }

    private static Rejection accepted(Draft d, Accepted e) {
        if (d.status != DISPATCHED) {
            return wrongStatus(d, e);
        }
        d.status = IN_PROGRESS;
        return null;
    }

    private static Rejection dispatchRejected(Draft d, DispatchRejected e) {
        if (d.status != DISPATCHED) {
            return wrongStatus(d, e);
        }
        d.status = NEW;
        d.owner = Optional.empty();
        return null;
    }

    private static Rejection escalated(Draft d, Escalated x) {
        if (!HANDLING.contains(d.status)) {
            return wrongStatus(d, x);
        }
        if (x.level() != d.level + 1) {
            return Rejection.of("wrong-escalation-level",
                    "升级层级应为 " + (d.level + 1) + "，实为 " + x.level(),
                    "the escalation level must be " + (d.level + 1) + ", got " + x.level());
        }
        d.level = x.level();
        d.dispatchTo(x.newOwner());
        return null;
    }

    private static Rejection summoned(Draft d, Summoned s) {
        if (!HANDLING.contains(d.status)) {
            return wrongStatus(d, s);
        }
        if (d.pendingIndex(s) >= 0) {
            return Rejection.of("already-summoned", s.organization() + " 已被召集且尚未报到",
                    s.organization() + " is already summoned and has not reported in");
        }
        d.participants.add(new Participant(s.organization(), s.at(), s.reportInBy(), Optional.empty()));
        return null;
    }

    private static Rejection checkedIn(Draft d, CheckedIn c) {
        if (!d.status.isOpen()) {
            return wrongStatus(d, c);
        }
        int i = d.pendingIndex(c);
        if (i < 0) {
            return Rejection.of("not-summoned", c.organization() + " 未被召集或已报到",
                    c.organization() + " was not summoned or has already reported in");
        }
        d.participants.set(i, d.participants.get(i).checkIn(c.at()));
        return null;
    }

    private static Rejection consulted(Draft d, Consulted e) {
        return HANDLING.contains(d.status) ? null : wrongStatus(d, e);
    }

    private static Rejection supervised(Draft d, Supervised e) {
        return d.status.isOpen() ? null : wrongStatus(d, e);
    }

    private static Rejection resolved(Draft d, Resolved e) {
        if (d.status != IN_PROGRESS) {
            return wrongStatus(d, e);
        }
        d.status = RESOLVED;
        return null;
    }

    private static Rejection feedbackGiven(Draft d, FeedbackGiven e) {
        return d.status == IN_PROGRESS || d.status == RESOLVED ? null : wrongStatus(d, e);
    }

    private static Rejection rated(Draft d, Rated r) {
        if (d.status != RESOLVED && d.status != CLOSED) {
            return wrongStatus(d, r);
        }
        if (d.ratedThisRound) {
            return Rejection.of("already-rated", "本轮办理已评价", "this round of handling is already rated");
        }
        d.rating = Optional.of(r.rating());
        d.ratedThisRound = true;
        return null;
    }

    private static Rejection reopened(Draft d, Reopened e) {
        if (d.status != RESOLVED && d.status != CLOSED) {
            return wrongStatus(d, e);
        }
        if (d.owner.isEmpty()) {
            return Rejection.of("no-owner", "问题从未派出，无法重新派回", "the issue has no owner to go back to");
        }
        d.status = DISPATCHED;
        d.round++;
        d.ratedThisRound = false;
        d.closure = Optional.empty();
        d.deadlines.clear(); // a new round runs on new time limits; the old ones would fire at once
        return null;
    }

    private static Rejection closed(Draft d, Closed c) {
        if (d.status == CLOSED) {
            return wrongStatus(d, c);
        }
        if (c.closure() == Closure.RESOLVED && d.status != RESOLVED) {
            return Rejection.of("not-resolved", "问题尚未办结，不能以“已解决”关闭",
                    "an issue that is not resolved cannot be closed as resolved");
        }
        d.status = CLOSED;
        d.closure = Optional.of(c.closure());
        d.deadlines.clear();
        return null;
    }

    private static Rejection wrongStatus(Draft d, IssueEvent e) {
        Bilingual action = action(e);
        return Rejection.of("wrong-status",
                "问题状态为“" + d.status.displayName().zh() + "”，不能" + action.zh(),
                "cannot " + action.en() + " an issue that is " + d.status.displayName().en());
    }

    /** What the event does, as a verb phrase for refusals. */
    private static Bilingual action(IssueEvent e) {
        String[] zhEn;
        if (e instanceof Reported) {
            zhEn = new String[] {"登记", "report"};
        } else if (e instanceof Routed) {
            zhEn = new String[] {"派单", "route"};
        } else if (e instanceof Accepted) {
            zhEn = new String[] {"接单", "accept"};
        } else if (e instanceof DispatchRejected) {
            zhEn = new String[] {"退单", "reject the dispatch of"};
        } else if (e instanceof Escalated) {
            zhEn = new String[] {"上报升级", "escalate"};
        } else if (e instanceof Summoned) {
            zhEn = new String[] {"吹哨召集", "summon parties to"};
        } else if (e instanceof CheckedIn) {
            zhEn = new String[] {"报到", "report in to"};
        } else if (e instanceof Consulted) {
            zhEn = new String[] {"会商", "consult on"};
        } else if (e instanceof Resolved) {
            zhEn = new String[] {"办结", "resolve"};
        } else if (e instanceof FeedbackGiven) {
            zhEn = new String[] {"反馈", "give feedback on"};
        } else if (e instanceof Rated) {
            zhEn = new String[] {"评价", "rate"};
        } else if (e instanceof Reopened) {
            zhEn = new String[] {"重新办理", "reopen"};
        } else if (e instanceof Closed) {
            zhEn = new String[] {"关闭", "close"};
        } else if (e instanceof Supervised) {
            zhEn = new String[] {"督办", "supervise"};
        } else if (e instanceof DeadlineSet) {
            zhEn = new String[] {"设定时限", "set a deadline on"};
        } else if (e instanceof Reassigned) {
            zhEn = new String[] {"改派", "reassign"};
        } else if (e instanceof DeadlineCleared) {
            zhEn = new String[] {"取消时限", "clear a deadline of"};
        } else if (e instanceof Warned) {
            zhEn = new String[] {"预警", "warn about"};
        } else if (e instanceof ReportInMissed) {
            zhEn = new String[] {"记录报到超时", "record a missed report-in on"};
        } else if (e instanceof CallbackFailed) {
            zhEn = new String[] {"记录回访未接通", "record a failed callback on"};
        } else if (e instanceof Excluded) {
            zhEn = new String[] {"标记不纳入考核", "exclude from assessment"};
        } else {
            zhEn = new String[] {"备注", "annotate"};
        }
        return Bilingual.of(zhEn[0], zhEn[1]);
    }

    /** Mutable working copy of an issue's derived state, used within one transition only. */
    private static final class Draft {
        IssueStatus status;
        Optional<Owner> owner = Optional.empty();
        int level;
        final List<Participant> participants = new ArrayList<>();
        final Map<String, Instant> deadlines = new LinkedHashMap<>();
        Optional<Rating> rating = Optional.empty();
        boolean ratedThisRound;
        int round;
        Optional<Closure> closure = Optional.empty();
        boolean excluded;

        Draft() {
        }

        Draft(Issue i) {
            status = i.status();
            owner = i.owner();
            level = i.escalationLevel();
            participants.addAll(i.participants());
            deadlines.putAll(i.deadlines());
            rating = i.rating();
            ratedThisRound = i.ratedThisRound();
            round = i.round();
            closure = i.closure();
            excluded = i.excluded();
        }

        void dispatchTo(Owner newOwner) {
            status = DISPATCHED;
            owner = Optional.of(newOwner);
        }

        int pendingIndex(IssueEvent e) {
            Object org = e instanceof Summoned s ? s.organization() : ((CheckedIn) e).organization();
            for (int i = 0; i < participants.size(); i++) {
                Participant p = participants.get(i);
                if (p.organization().equals(org) && !p.checkedIn()) {
                    return i;
                }
            }
            return -1;
        }

        Issue freeze(Issue previous, IssueEvent event) {
            return new Issue(previous, event, status, owner, level, participants, deadlines, rating,
                    ratedThisRound, round, closure, excluded);
        }
    }
}
