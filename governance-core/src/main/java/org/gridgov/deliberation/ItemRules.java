package org.gridgov.deliberation;

import java.util.Optional;
import java.util.Set;
import org.gridgov.issue.Rejection;

/** Which event may follow where an item stands: the item's lifecycle. */
final class ItemRules {
    private static final Set<ItemStatus> BEFORE_DECISION = Set.of(ItemStatus.PROPOSED, ItemStatus.TABLED,
            ItemStatus.SCHEDULED);
    private static final Set<ItemStatus> CARRYING_OUT = Set.of(ItemStatus.DECIDED, ItemStatus.IN_HAND);

    private ItemRules() {
    }

    static Optional<Rejection> check(Item item, ItemEvent e) {
        ItemStatus s = item.status();
        if (e instanceof ItemEvent.Proposed) {
            return no("already-proposed", "议题已提出", "the item was proposed already");
        }
        if (e instanceof ItemEvent.Referred || e instanceof ItemEvent.Supported || e instanceof ItemEvent.Withdrawn) {
            return need(item, BEFORE_DECISION);
        }
        if (e instanceof ItemEvent.Tabled) {
            return need(item, Set.of(ItemStatus.PROPOSED));
        }
        if (e instanceof ItemEvent.Scheduled) {
            return s == ItemStatus.TABLED ? Optional.empty()
                    : no("not-tabled", "议题未列入议程（当前: " + s.displayName().zh() + "），不能排会",
                            "the item is not tabled (" + s.displayName().en() + "); it cannot be scheduled");
        }
        if (e instanceof ItemEvent.Deferred d) {
            return atMeeting(item, d.meeting());
        }
        if (e instanceof ItemEvent.NotCarried n) {
            return atMeeting(item, n.meeting());
        }
        if (e instanceof ItemEvent.Decided d) {
            return atMeeting(item, d.meeting());
        }
        return checkLater(item, e);
    }

    private static Optional<Rejection> checkLater(Item item, ItemEvent e) {
        if (e instanceof ItemEvent.TaskAssigned t) {
            Optional<Rejection> status = need(item, CARRYING_OUT);
            int tasks = item.resolution().map(r -> r.tasks().size()).orElse(0);
            if (status.isPresent()) {
                return status;
            }
            if (t.task() > tasks) {
                return no("unknown-task", "决议没有第" + t.task() + "项任务", "the resolution has no task " + t.task());
            }
            return item.tasks().containsKey(t.task())
                    ? no("task-assigned", "第" + t.task() + "项任务已交办", "task " + t.task() + " is assigned already")
                    : Optional.empty();
        }
        if (e instanceof ItemEvent.ReportedBack r) {
            Optional<Rejection> status = need(item, CARRYING_OUT);
            return status.isPresent() || !item.meeting().equals(Optional.of(r.meeting())) ? status
                    : no("same-meeting", "决议须在下一次会议上反馈，不能在作出决议的会议上反馈",
                            "a resolution is reported back at a later meeting, not the one that adopted it");
        }
        if (e instanceof ItemEvent.Rated) {
            return need(item, Set.of(ItemStatus.DECIDED, ItemStatus.IN_HAND, ItemStatus.REPORTED_BACK));
        }
        if (e instanceof ItemEvent.Reviewed) {
            return item.status() == ItemStatus.REPORTED_BACK ? Optional.empty()
                    : no("not-reported-back", "议题尚未反馈，不能评议", "the item has not been reported back; it cannot be reviewed");
        }
        if (e instanceof ItemEvent.DeadlinePassed d && !item.deadlines().containsKey(d.kind())) {
            return no("no-deadline", "议题没有 " + d.kind() + " 时限", "the item has no " + d.kind() + " deadline");
        }
        return item.status().isOpen() ? Optional.empty()
                : no("wrong-status", "议题已" + item.status().displayName().zh(),
                        "the item is " + item.status().displayName().en());
    }

    private static Optional<Rejection> atMeeting(Item item, MeetingId meeting) {
        if (item.status() != ItemStatus.SCHEDULED) {
            return no("not-tabled", "议题未排入会议（当前: " + item.status().displayName().zh() + "）",
                    "the item is not on a meeting's agenda (" + item.status().displayName().en() + ")");
        }
        return item.meeting().equals(Optional.of(meeting)) ? Optional.empty()
                : no("not-on-agenda", "议题排在会议 " + item.meeting().orElseThrow() + "，不在会议 " + meeting,
                        "the item is on meeting " + item.meeting().orElseThrow() + "'s agenda, not " + meeting + "'s");
    }

    private static Optional<Rejection> need(Item item, Set<ItemStatus> allowed) {
        return allowed.contains(item.status()) ? Optional.empty()
                : no("wrong-status", "议题当前" + item.status().displayName().zh() + "，不能这样做",
                        "the item is " + item.status().displayName().en() + "; that cannot be done now");
    }

    private static Optional<Rejection> no(String code, String zh, String en) {
        return Optional.of(Rejection.of(code, zh, en));
    }
}
