package org.gridgov.time;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gridgov.jurisdiction.NodeId;

/**
 * What a city or district changes in the calendar for its subtree: its own holidays and working days, and
 * possibly its own working hours.
 *
 * @param node         the node whose subtree it applies to
 * @param days         local holidays and working days
 * @param workingHours other working hours for the subtree, if any
 */
public record LocalCalendar(NodeId node, List<SpecialDay> days, Optional<WorkingHours> workingHours) {
    public LocalCalendar {
        Objects.requireNonNull(node, "node");
        days = List.copyOf(days);
        Objects.requireNonNull(workingHours, "workingHours");
    }
}
