package org.gridgov.service;

import java.util.Objects;
import org.gridgov.jurisdiction.NodeId;

/**
 * What the service policy is asked about who verifies and confirms a submitted service (服务确认): the record, the
 * member's community that year (where they reported in, else where the policy would send them) and whether their
 * report-in there was confirmed in person.
 *
 * @param record     the record
 * @param community  the member's community; the city's root for a member with none
 * @param parent     the node above the community (the street), the root's own id at the top
 * @param reportedIn whether the member's report-in to that community was confirmed that year
 */
public record VerifierRequest(ServiceRecord record, NodeId community, NodeId parent, boolean reportedIn) {
    public VerifierRequest {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(community, "community");
        Objects.requireNonNull(parent, "parent");
    }

    /** The source's kind ({@code wish}, {@code order}, {@code post}), empty for a service with no source. */
    public String sourceKind() {
        return record.source().map(ServiceId::kind).orElse("");
    }
}
