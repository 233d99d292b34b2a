package org.gridgov.mode;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import org.gridgov.jurisdiction.Jurisdiction;
import org.gridgov.jurisdiction.JurisdictionNode;
import org.gridgov.jurisdiction.NodeId;

/**
 * The mode switches of a city, in order, and the mode they imply for a node at an instant: the latest switch at or
 * before the instant among the node and its ancestors; {@link Mode#NORMAL} if there is none. An immutable value.
 *
 * @param switches the switches in the order they were made
 */
public record ModeLog(List<ModeSwitch> switches) {
    public ModeLog {
        switches = ImmutableList.copyOf(switches);
    }

    /** The log with one more switch. */
    public ModeLog with(ModeSwitch s) {
        return new ModeLog(ImmutableList.<ModeSwitch>builder().addAll(switches).add(s).build());
    }

    /** The mode of a node at an instant. */
    public Mode modeAt(Jurisdiction tree, NodeId node, Instant at) {
        if (switches.isEmpty()) { // most of the time: asked for every due item, so skip the path
            return Mode.NORMAL;
        }
        List<NodeId> path = tree.path(node).stream().map(JurisdictionNode::id).toList();
        ModeSwitch latest = null;
        for (ModeSwitch s : switches) {
            if (!s.at().isAfter(at) && path.contains(s.node()) && (latest == null || !s.at().isBefore(latest.at()))) {
                latest = s;
            }
        }
        return latest == null ? Mode.NORMAL : latest.mode();
    }
}
