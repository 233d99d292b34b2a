package org.gridgov.deliberation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.gridgov.actor.Actor;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Rating;
import org.gridgov.issue.Rejection;
import org.gridgov.people.PersonId;
import org.gridgov.timeline.Change;

/**
 * An item (议题) as its timeline makes it: proposed, perhaps referred to a kind of body, supported, tabled at a
 * body, put on a meeting's agenda, decided there or not carried, its tasks assigned as issues, reported back at a
 * later meeting, rated by residents and reviewed. The state is derived from the events; immutable.
 *
 * <p>Refusal codes: {@code wrong-status} (the event does not fit where the item stands), {@code not-tabled},
 * {@code not-on-agenda} (a count at a meeting the item is not scheduled for), {@code same-meeting} (a report back
 * at the meeting that decided it), {@code unknown-task}, {@code task-assigned}, {@code no-deadline}.
 */
public final class Item {
    /** Deadline kinds items use. */
    public static final String TABLE = "table";
    /** Deliberated by. */
    public static final String DELIBERATE = "deliberate";
    /** Reported back by. */
    public static final String REPORT_BACK = "report-back";

    private final ImmutableList<ItemEvent> timeline;
    private final ItemFacts facts;
    private ItemStatus status = ItemStatus.PROPOSED;
    private Optional<BodyKind> referredTo = Optional.empty();
    private Optional<BodyId> body = Optional.empty();
    private Optional<MeetingId> meeting = Optional.empty();
    private final Map<PersonId, SupportChannel> supporters = new LinkedHashMap<>();
    private Optional<Tally> tally = Optional.empty();
    private Optional<Resolution> resolution = Optional.empty();
    private Optional<Instant> decidedAt = Optional.empty();
    private final Map<Integer, IssueId> tasks = new TreeMap<>();
    private Optional<MeetingId> reportedAt = Optional.empty();
    private final Map<PersonId, Rating> ratings = new LinkedHashMap<>();
    private Optional<Review> review = Optional.empty();
    private final Map<String, Instant> deadlines = new TreeMap<>();
    private int warnings;
    private int supervisions;

    private Item(ImmutableList<ItemEvent> timeline) {
        this.timeline = timeline;
        this.facts = ((ItemEvent.Proposed) timeline.get(0)).facts();
        timeline.forEach(this::fold);
    }

    /** Proposes an item: the first event of its timeline. */
    public static Change<Item, ItemEvent> propose(ItemId id, ItemFacts facts, Actor actor, Instant at) {
        ItemEvent e = new ItemEvent.Proposed(id, actor, at, facts);
        return new Change.Accepted<>(new Item(ImmutableList.of(e)), e);
    }

    /**
     * The item a stored timeline gives.
     *
     * @throws IllegalArgumentException if the timeline does not start with {@code Proposed} or holds an event the
     *     item would refuse
     */
    public static Item replay(List<ItemEvent> timeline) {
        checkArgument(!timeline.isEmpty() && timeline.get(0) instanceof ItemEvent.Proposed,
                "an item's timeline starts with its proposal");
        Item item = new Item(ImmutableList.of(timeline.get(0)));
        for (ItemEvent e : timeline.subList(1, timeline.size())) {
            Change<Item, ItemEvent> c = item.apply(e);
            if (c instanceof Change.Rejected<Item, ItemEvent> r) {
                throw new IllegalArgumentException("item " + item.id() + ": stored event " + e + " is refused: "
                        + r.rejection());
            }
            item = ((Change.Accepted<Item, ItemEvent>) c).state();
        }
        return item;
    }

    /** Applies an event if the item accepts it where it stands. */
    public Change<Item, ItemEvent> apply(ItemEvent e) {
        checkArgument(e.item().equals(id()), "event of item %s applied to item %s", e.item(), id());
        Optional<Rejection> no = ItemRules.check(this, e);
        if (no.isPresent()) {
            return new Change.Rejected<>(no.get());
        }
        return new Change.Accepted<>(new Item(ImmutableList.<ItemEvent>builder().addAll(timeline).add(e).build()), e);
    }

    private void fold(ItemEvent e) {
        if (e instanceof ItemEvent.Referred r) {
            referredTo = Optional.of(r.kind());
        } else if (e instanceof ItemEvent.Supported s) {
            supporters.putIfAbsent(s.resident(), s.channel());
        } else if (e instanceof ItemEvent.Tabled t) {
            status = ItemStatus.TABLED;
            body = Optional.of(t.body());
            deadlines.remove(TABLE);
        } else if (e instanceof ItemEvent.Scheduled s) {
            status = ItemStatus.SCHEDULED;
            meeting = Optional.of(s.meeting());
        } else if (e instanceof ItemEvent.Deferred) {
            status = ItemStatus.TABLED;
            meeting = Optional.empty();
        } else if (e instanceof ItemEvent.NotCarried n) {
            status = ItemStatus.NOT_CARRIED;
            tally = Optional.of(n.tally());
            deadlines.clear();
        } else if (e instanceof ItemEvent.Decided d) {
            status = ItemStatus.DECIDED;
            tally = Optional.of(d.tally());
            resolution = Optional.of(d.resolution());
            decidedAt = Optional.of(d.at());
            deadlines.remove(TABLE);
            deadlines.remove(DELIBERATE);
        } else {
            foldLater(e);
        }
    }

    private void foldLater(ItemEvent e) {
        if (e instanceof ItemEvent.TaskAssigned t) {
            status = ItemStatus.IN_HAND;
            tasks.put(t.task(), t.issue());
        } else if (e instanceof ItemEvent.ReportedBack r) {
            status = ItemStatus.REPORTED_BACK;
            reportedAt = Optional.of(r.meeting());
            deadlines.remove(REPORT_BACK);
        } else if (e instanceof ItemEvent.Rated r) {
            ratings.put(r.resident(), r.rating());
        } else if (e instanceof ItemEvent.Reviewed r) {
            status = ItemStatus.EVALUATED;
            review = Optional.of(r.review());
            deadlines.clear();
        } else if (e instanceof ItemEvent.Withdrawn) {
            status = ItemStatus.WITHDRAWN;
            deadlines.clear();
        } else if (e instanceof ItemEvent.DeadlineSet d) {
            deadlines.put(d.kind(), d.due());
        } else if (e instanceof ItemEvent.DeadlinePassed d) {
            deadlines.remove(d.kind());
        } else if (e instanceof ItemEvent.Warned) {
            warnings++;
        } else if (e instanceof ItemEvent.Supervised) {
            supervisions++;
        }
    }

    // ---- commands ---------------------------------------------------------------------------------------------

    /** A resident's support. */
    public Change<Item, ItemEvent> support(PersonId resident, SupportChannel channel, Actor actor, Instant at) {
        return apply(new ItemEvent.Supported(id(), actor, at, resident, channel));
    }

    /** Tables the item at a body. */
    public Change<Item, ItemEvent> table(BodyId at, Actor actor, Instant when) {
        return apply(new ItemEvent.Tabled(id(), actor, when, at));
    }

    /** Withdraws it. */
    public Change<Item, ItemEvent> withdraw(Bilingual reason, Actor actor, Instant at) {
        return apply(new ItemEvent.Withdrawn(id(), actor, at, reason));
    }

    /** A resident's rating of the outcome. */
    public Change<Item, ItemEvent> rate(PersonId resident, Rating rating, Actor actor, Instant at) {
        return apply(new ItemEvent.Rated(id(), actor, at, resident, rating));
    }

    /** The body's review. */
    public Change<Item, ItemEvent> review(Review verdict, String text, Actor actor, Instant at) {
        return apply(new ItemEvent.Reviewed(id(), actor, at, verdict, text));
    }

    // ---- queries ----------------------------------------------------------------------------------------------

    /** The item's id. */
    public ItemId id() {
        return timeline.get(0).item();
    }

    /** What it is about. */
    public ItemFacts facts() {
        return facts;
    }

    /** Where it stands. */
    public ItemStatus status() {
        return status;
    }

    /** The kind of body the policy said must take it, if it did. */
    public Optional<BodyKind> referredTo() {
        return referredTo;
    }

    /** The body it is tabled at. */
    public Optional<BodyId> body() {
        return body;
    }

    /** The meeting it is scheduled for, while scheduled; the meeting that decided it, once decided. */
    public Optional<MeetingId> meeting() {
        return meeting;
    }

    /** Residents who support it, each once, with the channel of their first support. */
    public Map<PersonId, SupportChannel> supporters() {
        return Map.copyOf(supporters);
    }

    /** Support records, a person's repeated support included. */
    public long supportRecords() {
        return timeline.stream().filter(e -> e instanceof ItemEvent.Supported).count();
    }

    /** The last count at a meeting. */
    public Optional<Tally> tally() {
        return tally;
    }

    /** The resolution, once decided. */
    public Optional<Resolution> resolution() {
        return resolution;
    }

    /** When it was decided. */
    public Optional<Instant> decidedAt() {
        return decidedAt;
    }

    /** The issues its tasks became, by task number (from 1). */
    public Map<Integer, IssueId> tasks() {
        return Map.copyOf(tasks);
    }

    /** The meeting it was reported back at. */
    public Optional<MeetingId> reportedBackAt() {
        return reportedAt;
    }

    /** Residents' ratings of the outcome, each person's latest. */
    public Map<PersonId, Rating> ratings() {
        return Map.copyOf(ratings);
    }

    /** The body's review. */
    public Optional<Review> review() {
        return review;
    }

    /** Pending deadlines by kind. */
    public Map<String, Instant> deadlines() {
        return Map.copyOf(deadlines);
    }

    /** Warnings given. */
    public int warnings() {
        return warnings;
    }

    /** Times supervised from above. */
    public int supervisions() {
        return supervisions;
    }

    /** The number of events. */
    public long version() {
        return timeline.size();
    }

    /** Its timeline. */
    public List<ItemEvent> timeline() {
        return timeline;
    }

    /** When it was proposed. */
    public Instant proposedAt() {
        return timeline.get(0).at();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Item i && i.timeline.equals(timeline);
    }

    @Override
    public int hashCode() {
        return Objects.hash(timeline);
    }

    @Override
    public String toString() {
        return "Item[" + id() + " " + status + ": " + org.gridgov.privacy.Masking.text(facts.title()) + "]";
    }
}
