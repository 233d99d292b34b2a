package org.gridgov.server.api;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.gridgov.category.CategoryId;
import org.gridgov.city.City;
import org.gridgov.jurisdiction.JurisdictionNode;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.organization.Organization;
import org.gridgov.organization.OrganizationId;
import org.gridgov.server.http.HttpFailure;
import org.gridgov.time.InvalidTimeLimitException;
import org.gridgov.time.TimeLimit;

/**
 * The city's own words in a request — places, organizations, time limits, instants — checked against the city, each
 * failure a {@code 400} naming the field. Checked here, before the engine, so a typo is a plain answer rather than
 * a refusal that reads as a decision.
 */
final class CityTerms {
    private CityTerms() {
    }

    /** A node by id, or by a name that is unique in the city. */
    static NodeId node(City city, String text, String field) {
        var j = city.jurisdiction();
        if (text.isBlank()) {
            throw HttpFailure.badField(field, "不能为空", "must not be blank");
        }
        Optional<JurisdictionNode> byId = j.find(new NodeId(text));
        return byId.or(() -> j.lookup(text).unique()).map(JurisdictionNode::id).orElseThrow(() ->
                HttpFailure.badField(field, "本市没有这个地点，或名称有多处", "the city has no such place, or several of that name"));
    }

    /** A category of the city's catalogue, by id. */
    static CategoryId category(City city, String text, String field) {
        CategoryId id = new CategoryId(text);
        if (city.categories().find(id).isEmpty()) {
            throw HttpFailure.badField(field, "本市没有这个类别", "the city has no such category");
        }
        return id;
    }

    /** An organization by id, or by its name. */
    static OrganizationId organization(City city, String text, String field) {
        return city.organizations().find(new OrganizationId(text)).map(Organization::id)
                .or(() -> city.organizations().lookup(text).map(Organization::id))
                .orElseThrow(() -> HttpFailure.badField(field, "本市没有这个单位: " + text,
                        "the city has no such organization: " + text));
    }

    /** A time limit as the packs write it ({@code 30 分钟}, {@code 1 个工作日}). */
    static TimeLimit limit(String text, String field) {
        try {
            return TimeLimit.parse(text);
        } catch (InvalidTimeLimitException e) {
            throw HttpFailure.badField(field, "时限无法识别，如 \"30 分钟\"、\"1 个工作日\"",
                    "is not a time limit such as \"30 minutes\" or \"1 working day\"");
        }
    }

    /** An instant with an offset ({@code 2023-06-15T10:00:00+08:00}), or a local time in the city's zone. */
    static Instant instant(City city, String text, String field) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).atZone(city.zone()).toInstant();
            } catch (DateTimeParseException e) {
                throw HttpFailure.badField(field, "时间应为 ISO-8601，如 2023-06-15T10:00:00+08:00",
                        "is an ISO-8601 time such as 2023-06-15T10:00:00+08:00");
            }
        }
    }
}
