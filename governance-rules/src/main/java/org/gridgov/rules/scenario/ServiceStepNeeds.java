package org.gridgov.rules.scenario;

import java.util.List;
import java.util.Map;
import org.gridgov.rules.scenario.ServiceScenario.Action;

/** The fields each service scenario action cannot do without. */
final class ServiceStepNeeds {
    private static final Map<Action, List<String>> NEEDS = Map.ofEntries(
            Map.entry(Action.CONFIRM_REPORT_IN, List.of("text")),
            Map.entry(Action.PUBLISH_WISH, List.of("id", "community", "resident", "text")),
            Map.entry(Action.CLAIM_WISH, List.of("id", "member")),
            Map.entry(Action.SUBMIT_SERVICE, List.of("id", "member", "text", "from", "until")),
            Map.entry(Action.VERIFY_SERVICE, List.of("id", "with", "borneOut")),
            Map.entry(Action.CONFIRM_SERVICE, List.of("id")),
            Map.entry(Action.REJECT_SERVICE, List.of("id", "text")),
            Map.entry(Action.REVERSE_SERVICE, List.of("id", "text")),
            Map.entry(Action.PLACE_ORDER, List.of("id", "community", "resident", "text")),
            Map.entry(Action.DISPATCH_ORDER, List.of("id", "member")),
            Map.entry(Action.TAKE_ORDER, List.of("id", "member")),
            Map.entry(Action.PUBLISH_ORDER, List.of("id", "text")),
            Map.entry(Action.PUBLISH_POST, List.of("id", "community", "text", "category", "quantity")),
            Map.entry(Action.CLAIM_POST, List.of("id", "member")),
            Map.entry(Action.SIGN_AGREEMENT, List.of("unit", "community")),
            Map.entry(Action.LIST_NEED, List.of("unit", "community", "id", "category", "quantity", "text")),
            Map.entry(Action.LIST_RESOURCE, List.of("unit", "community", "id", "category", "quantity", "text")),
            Map.entry(Action.MATCH, List.of("unit", "community", "id", "need", "resource", "communityOwner",
                    "unitOwner")),
            Map.entry(Action.START_PROJECT, List.of("unit", "community", "id")),
            Map.entry(Action.FINISH_PROJECT, List.of("unit", "community", "id", "text")));

    private ServiceStepNeeds() {
    }

    /** Where a problem is reported: the field, and the message in both languages. */
    @FunctionalInterface
    interface Problems {
        void add(String field, String zh, String en);
    }

    static void check(Action a, ServiceScenarioReader.StepDto s, Problems p) {
        if (a == Action.REPORT_IN && (s.member() == null) == (s.unit() == null)) {
            p.add("", "网上报到须写 member (党员) 或 unit (单位) 之一", "'report-in' names a member or a unit");
        }
        if (a == Action.REPORT_IN && s.unit() != null && s.community() == null) {
            p.add("", "单位报到须写 community", "a unit's report-in names its community");
        }
        if (a == Action.CONFIRM_REPORT_IN && (s.member() == null) == (s.unit() == null)) {
            p.add("", "确认报到须写 member 或 unit 之一", "'confirm-report-in' names a member or a unit");
        }
        for (String field : NEEDS.getOrDefault(a, List.of())) {
            if (value(s, field) == null) {
                p.add("", "动作 " + a.key() + " 需要 " + field, "action '" + a.key() + "' needs '" + field + "'");
            }
        }
    }

    private static Object value(ServiceScenarioReader.StepDto s, String field) {
        return switch (field) {
            case "id" -> s.id();
            case "member" -> s.member();
            case "unit" -> s.unit();
            case "community" -> s.community();
            case "resident" -> s.resident();
            case "text" -> s.text();
            case "from" -> s.from();
            case "until" -> s.until();
            case "with" -> s.with();
            case "borneOut" -> s.borneOut();
            case "category" -> s.category();
            case "quantity" -> s.quantity();
            case "need" -> s.need();
            case "resource" -> s.resource();
            case "communityOwner" -> s.communityOwner();
            case "unitOwner" -> s.unitOwner();
            default -> throw new IllegalArgumentException(field);
        };
    }
}
