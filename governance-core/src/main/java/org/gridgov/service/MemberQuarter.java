package org.gridgov.service;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.gridgov.people.PersonId;

/**
 * What a member did in a period (a quarter, for 三亮's service stars): their services confirmed within it, their
 * time, and the wishes and orders those services answered.
 *
 * @param member   the member
 * @param from     the period's start, inclusive
 * @param until    its end, exclusive
 * @param services confirmed services
 * @param minutes  their time
 * @param answered of them, services answering a wish, an order or a post
 */
public record MemberQuarter(PersonId member, Instant from, Instant until, int services, long minutes, int answered) {
    public MemberQuarter {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
    }

    /** A member's period from the records: those that count and were confirmed within it. */
    public static MemberQuarter of(PersonId member, Instant from, Instant until, List<ServiceRecord> records) {
        List<ServiceRecord> theirs = records.stream().filter(r -> r.member().equals(member) && r.counts())
                .filter(r -> r.confirmedAt().map(c -> !c.isBefore(from) && c.isBefore(until)).orElse(false)).toList();
        return new MemberQuarter(member, from, until, theirs.size(),
                theirs.stream().mapToLong(r -> r.duration().toMinutes()).sum(),
                (int) theirs.stream().filter(r -> r.source().isPresent()).count());
    }

    /** Hours, with the fraction. */
    public double hours() {
        return minutes / 60.0;
    }
}
