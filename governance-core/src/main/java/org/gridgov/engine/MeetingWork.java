package org.gridgov.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridgov.timeline.Change;
import org.gridgov.deliberation.ItemEvent;
import org.gridgov.deliberation.Meeting;
import org.gridgov.deliberation.MeetingEvent;
import org.gridgov.store.AppendResult;

/** One command's event on a meeting, appended with the items it moves (scheduled, deferred). */
final class MeetingWork {
    private final Meeting start;
    private final Change<Meeting, MeetingEvent> change;

    private MeetingWork(Meeting start, Change<Meeting, MeetingEvent> change) {
        this.start = start;
        this.change = change;
    }

    /** The change to a loaded meeting ({@code start}), or the call of a new one ({@code start} null). */
    static MeetingWork of(Meeting start, Change<Meeting, MeetingEvent> change) {
        return new MeetingWork(start, change);
    }

    /**
     * Appends the meeting's event, then each item's; refused if the meeting or any item refused, nothing stored.
     * The meeting's append carries its expected version, so a second writer conflicts before any item moves.
     */
    DeliberationOutcome commit(EngineState state, List<ItemWork> items) {
        if (change instanceof Change.Rejected<Meeting, MeetingEvent> r) {
            return new DeliberationOutcome.Refused(r.rejection());
        }
        for (ItemWork w : items) {
            if (w.refusal().isPresent()) {
                return new DeliberationOutcome.Refused(w.refusal().get());
            }
        }
        Change.Accepted<Meeting, MeetingEvent> a = (Change.Accepted<Meeting, MeetingEvent>) change;
        long expected = start == null ? 0 : start.version();
        if (!(state.store.appendMeeting(a.state().id(), expected, List.of(a.event())) instanceof AppendResult.Appended)) {
            return new DeliberationOutcome.Conflicted("meeting:" + a.state().id());
        }
        List<ItemEvent> itemEvents = new ArrayList<>();
        for (ItemWork w : items) {
            if (!w.append(state)) {
                return new DeliberationOutcome.Conflicted("item:" + w.item.id());
            }
            itemEvents.addAll(w.events());
        }
        return new DeliberationOutcome.Done(itemEvents, List.of(a.event()), List.of(), Optional.empty(),
                Optional.empty());
    }
}
