package org.gridgov.time;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridgov.jurisdiction.Jurisdiction;
import org.gridgov.jurisdiction.JurisdictionNode;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.validation.InvalidModelException;
import org.gridgov.validation.Problem;

/**
 * The calendar of each node of a jurisdiction: the base (national) calendar with the local calendars of the
 * node and its ancestors applied from the top down, so a district inherits its city's days and adds its own,
 * and a deeper entry wins for the same date. Immutable and safe to share.
 */
public final class JurisdictionCalendars {
    private final Jurisdiction jurisdiction;
    private final WorkCalendar base;
    private final ImmutableMap<NodeId, WorkCalendar> effective;

    private JurisdictionCalendars(Jurisdiction jurisdiction, WorkCalendar base, Map<NodeId, WorkCalendar> effective) {
        this.jurisdiction = jurisdiction;
        this.base = base;
        this.effective = ImmutableMap.copyOf(effective);
    }

    /** Every node uses the base calendar. */
    public static JurisdictionCalendars uniform(Jurisdiction jurisdiction, WorkCalendar base) {
        return new JurisdictionCalendars(jurisdiction, base, Map.of());
    }

    /**
     * Calendars with local changes.
     *
     * @throws InvalidModelException if a local calendar names a node the jurisdiction lacks, or a node twice
     */
    public static JurisdictionCalendars of(Jurisdiction jurisdiction, WorkCalendar base, List<LocalCalendar> locals) {
        List<Problem> problems = new ArrayList<>();
        Map<NodeId, LocalCalendar> byNode = new HashMap<>();
        for (int i = 0; i < locals.size(); i++) {
            LocalCalendar l = locals.get(i);
            if (!jurisdiction.contains(l.node())) {
                problems.add(Problem.of("calendar", "#" + (i + 1), "node", "日历所属节点 " + l.node() + " 不存在",
                        "calendar for unknown node " + l.node()));
            } else if (byNode.putIfAbsent(l.node(), l) != null) {
                problems.add(Problem.of("calendar", "#" + (i + 1), "node", "节点 " + l.node() + " 的日历重复",
                        "a second calendar for node " + l.node()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidModelException("calendars", problems);
        }
        Map<NodeId, WorkCalendar> effective = new HashMap<>();
        for (NodeId node : byNode.keySet()) {
            WorkCalendar c = base;
            for (JurisdictionNode n : jurisdiction.path(node)) {
                LocalCalendar l = byNode.get(n.id());
                if (l != null) {
                    c = c.withDays(l.days());
                    if (l.workingHours().isPresent()) {
                        c = c.withWorkingHours(l.workingHours().get());
                    }
                }
            }
            effective.put(node, c);
        }
        return new JurisdictionCalendars(jurisdiction, base, effective);
    }

    /**
     * The calendar that counts time for a node: that of its nearest ancestor-or-self with a local calendar,
     * else the base.
     *
     * @throws IllegalArgumentException if the node is unknown
     */
    public WorkCalendar forNode(NodeId node) {
        if (effective.isEmpty()) {
            jurisdiction.node(node);
            return base;
        }
        WorkCalendar own = effective.get(node);
        if (own != null) {
            return own;
        }
        for (JurisdictionNode n : jurisdiction.ancestors(node)) {
            WorkCalendar c = effective.get(n.id());
            if (c != null) {
                return c;
            }
        }
        return base;
    }

    /** The calendar without local changes. */
    public WorkCalendar base() {
        return base;
    }
}
