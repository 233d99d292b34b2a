package org.gridgov.service;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * What every service aggregate is: the state of one append-only timeline, equal to another of its kind exactly when
 * their timelines are equal.
 */
abstract class ServiceAggregate {
    final ImmutableList<ServiceEvent> timeline;

    ServiceAggregate(ImmutableList<ServiceEvent> timeline) {
        this.timeline = timeline;
    }

    /** Its id: the stream of its timeline. */
    public ServiceId id() {
        return timeline.get(0).stream();
    }

    /** Its timeline. */
    public List<ServiceEvent> timeline() {
        return timeline;
    }

    /** The number of events. */
    public long version() {
        return timeline.size();
    }

    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && ((ServiceAggregate) o).timeline.equals(timeline);
    }

    @Override
    public final int hashCode() {
        return timeline.hashCode();
    }
}
