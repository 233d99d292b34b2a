package org.gridgov.server.open311;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import org.gridgov.category.Category;
import org.gridgov.category.CategoryId;
import org.gridgov.city.City;
import org.gridgov.issue.Severity;
import org.gridgov.server.http.HttpFailure;

/**
 * The city's categories as GeoReport services: {@code service_code} the category's id, {@code service_name} its
 * Chinese name, {@code description} its English name, {@code group} its top category. Every service has one
 * attribute, {@code severity} (a list of the engine's severities), which routing and escalation read; so
 * {@code metadata} is true and {@code services/{code}} defines it.
 */
final class Services {
    static final String SEVERITY = "severity";

    private Services() {
    }

    static ArrayNode list(City city) {
        ArrayNode out = Tree.list();
        for (Category c : city.categories().all()) {
            ObjectNode s = out.addObject();
            s.put("service_code", c.id().value());
            s.put("service_name", c.name().zh());
            s.put("description", c.name().en());
            s.put("metadata", true);
            s.put("type", "realtime");
            s.put("keywords", c.name().zh() + "," + c.name().en());
            s.put("group", group(city, c));
        }
        return out;
    }

    /** The definition of one service: its attributes. */
    static ObjectNode definition(City city, String code) {
        Category c = require(city, code);
        ObjectNode d = Tree.JSON.createObjectNode();
        d.put("service_code", c.id().value());
        ObjectNode a = d.putArray("attributes").addObject();
        a.put("variable", true);
        a.put("code", SEVERITY);
        a.put("datatype", "singlevaluelist");
        a.put("required", false);
        a.put("datatype_description", "how serious it is; low if not given / 严重程度，缺省为一般");
        a.put("order", 1);
        a.put("description", "严重程度 severity");
        ArrayNode values = a.putArray("values");
        Arrays.stream(Severity.values()).forEach(s -> values.addObject().put("key", s.name().toLowerCase(java.util.Locale.ROOT))
                .put("name", s.displayName().zh() + " " + s.displayName().en()));
        return d;
    }

    /** The category of a service code. */
    static Category require(City city, String code) {
        if (code.isBlank()) {
            throw HttpFailure.notFound("unknown-service", "没有这个服务编码", "no service has that code");
        }
        return city.categories().find(new CategoryId(code)).orElseThrow(() -> HttpFailure.notFound("unknown-service",
                "没有这个服务编码", "no service has that code"));
    }

    private static String group(City city, Category c) {
        List<Category> up = city.categories().ancestors(c.id());
        return (up.isEmpty() ? c : up.get(up.size() - 1)).name().zh();
    }
}
