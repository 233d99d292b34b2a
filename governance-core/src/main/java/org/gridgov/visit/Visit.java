package org.gridgov.visit;

import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridgov.issue.IssueFacts;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Severity;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.people.KeyGroup;
import org.gridgov.people.PersonId;

/**
 * One follow-up visit due: a registered person, where they live, the day, and the key groups it is for (a person
 * in two groups due the same day gets one visit).
 *
 * @param person     who is visited
 * @param maskedName their name, masked ({@code 李**}); the only personal data a visit carries
 * @param residence  where they live: the visit's location
 * @param date       the day the visit falls due
 * @param groups     the key groups it is for, non-empty
 */
public record Visit(PersonId person, String maskedName, NodeId residence, LocalDate date, Set<KeyGroup> groups) {
    /**
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if there are no groups
     */
    public Visit {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(maskedName, "maskedName");
        Objects.requireNonNull(residence, "residence");
        Objects.requireNonNull(date, "date");
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("a visit is for at least one key group");
        }
        groups = ImmutableSortedSet.copyOf(groups);
    }

    /** The issue id, the same each time the visit is listed, so that filing twice files once: {@code visit-p1-20240402}. */
    public IssueId issueId() {
        return new IssueId("visit-" + person.value() + "-" + date.format(DateTimeFormatter.BASIC_ISO_DATE));
    }

    /**
     * The facts of the visit issue: the plan's category and channel, at the residence, the person as reporter,
     * tagged {@code key-group:elderly}…, described by group names and the masked name.
     */
    public IssueFacts facts(VisitPlan plan) {
        String zh = groups.stream().map(g -> g.displayName().zh()).collect(Collectors.joining("、"));
        return new IssueFacts(plan.category(), plan.channel(), residence, Optional.of(person),
                "关键人群走访：" + zh + "（" + maskedName + "）", Severity.LOW,
                groups.stream().map(g -> "key-group:" + g.name().toLowerCase(Locale.ROOT)).collect(Collectors.toSet()));
    }
}
