package org.gridgov.service;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Year;
import org.gridgov.organization.OrganizationId;
import org.gridgov.people.PersonId;

/**
 * Identifies one service timeline: a report-in ({@code report-in/member/p1/2024}), a wish ({@code wish/W-1}), a menu
 * order ({@code order/O-1}), a service post ({@code post/P-1}) or a service record ({@code record/R-1}).
 *
 * @param value the id, non-blank
 */
public record ServiceId(String value) {
    /** @throws IllegalArgumentException if the value is null or blank */
    public ServiceId {
        checkArgument(value != null && !value.isBlank(), "service id must not be blank");
    }

    /** A member's report-in for a year: one per member and year, so nobody reports in twice for one period. */
    public static ServiceId reportIn(PersonId member, Year year) {
        return new ServiceId("report-in/member/" + member.value() + "/" + year);
    }

    /** A unit's report-in to a community for a year (双报到). */
    public static ServiceId reportIn(OrganizationId unit, Year year) {
        return new ServiceId("report-in/unit/" + unit.value() + "/" + year);
    }

    /** A wish. */
    public static ServiceId wish(String id) {
        return new ServiceId("wish/" + id);
    }

    /** A menu order. */
    public static ServiceId order(String id) {
        return new ServiceId("order/" + id);
    }

    /** A service post. */
    public static ServiceId post(String id) {
        return new ServiceId("post/" + id);
    }

    /** A unit's joint-building agreement with a community (结对共建). */
    public static ServiceId agreement(OrganizationId unit, org.gridgov.jurisdiction.NodeId community) {
        return new ServiceId("agreement/" + unit.value() + "/" + community.value());
    }

    /** A statement to a unit for a period, named by its label ({@code 2024-Q1}). */
    public static ServiceId feedback(OrganizationId unit, String period) {
        return new ServiceId("feedback/" + unit.value() + "/" + period);
    }

    /** A service record. */
    public static ServiceId record(String id) {
        return new ServiceId("record/" + id);
    }

    /** What kind of timeline it is: {@code report-in}, {@code wish}, {@code order}, {@code post}, {@code agreement},
     * {@code feedback} or {@code record}. */
    public String kind() {
        int slash = value.indexOf('/');
        return slash < 0 ? value : value.substring(0, slash);
    }

    /** Whether it holds a service record (the only kind with deadlines); not a getter, so not in its JSON. */
    public boolean holdsRecord() {
        return kind().equals("record");
    }

    @Override
    public String toString() {
        return value;
    }
}
