package org.gridgov.service;

import java.util.List;

/** Which aggregate a stored service timeline is, by its first event; replays it to check it. */
public final class Streams {
    private Streams() {
    }

    /**
     * Replays a timeline into its aggregate: a {@link ReportIn}, a {@link Wish}, a {@link ServiceRecord}, a
     * {@link MenuOrder}, a {@link ServicePost}, an {@link Agreement} or a {@link Feedback}.
     *
     * @throws IllegalArgumentException if it is empty or holds an event its aggregate refuses
     */
    public static Object replay(List<ServiceEvent> timeline) {
        if (timeline.isEmpty()) {
            throw new IllegalArgumentException("an empty service timeline");
        }
        ServiceEvent first = timeline.get(0);
        if (first instanceof ServiceEvent.ReportInRegistered) {
            return ReportIn.replay(timeline);
        }
        if (first instanceof ServiceEvent.WishPublished) {
            return Wish.replay(timeline);
        }
        if (first instanceof ServiceEvent.ServiceSubmitted) {
            return ServiceRecord.replay(timeline);
        }
        if (first instanceof ServiceEvent.OrderPlaced) {
            return MenuOrder.replay(timeline);
        }
        if (first instanceof ServiceEvent.PostPublished) {
            return ServicePost.replay(timeline);
        }
        if (first instanceof ServiceEvent.AgreementSigned) {
            return Agreement.replay(timeline);
        }
        if (first instanceof ServiceEvent.FeedbackSent) {
            return Feedback.replay(timeline);
        }
        throw new IllegalArgumentException(first.stream() + ": a service timeline starts with a registration, a wish "
                + "or a submission, not " + first.getClass().getSimpleName());
    }
}
