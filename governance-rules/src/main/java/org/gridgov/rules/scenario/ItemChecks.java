package org.gridgov.rules.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gridgov.city.City;
import org.gridgov.deliberation.Item;
import org.gridgov.deliberation.ItemEvent;
import org.gridgov.engine.CityGovernance;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Owner;

/** What a deliberation expectation compares on an item: each difference as a line for people. */
final class ItemChecks {
    private ItemChecks() {
    }

    static void check(Optional<Item> found, DeliberationScenario.Expectation e, CityGovernance engine, City city,
                      List<String> wrong) {
        if (found.isEmpty()) {
            wrong.add("议题尚未提出 / the item was not proposed");
            return;
        }
        Item item = found.get();
        e.status().filter(s -> s != item.status()).ifPresent(s -> wrong.add("状态 / status: 预期 / expected "
                + s.displayName() + ", 实际 / actual " + item.status().displayName()));
        e.carried().ifPresent(c -> {
            boolean got = item.tally().map(t -> t.carried()).orElse(false);
            if (got != c) {
                wrong.add("通过 / carried: 预期 / expected " + c + ", 实际 / actual " + got
                        + item.tally().map(t -> " (" + t.why() + ")").orElse(" (未表决 / not put to the vote)"));
            }
        });
        e.quorate().ifPresent(q -> {
            boolean got = item.tally().map(t -> t.quorate()).orElse(false);
            if (got != q) {
                wrong.add("法定人数 / quorate: 预期 / expected " + q + ", 实际 / actual " + got);
            }
        });
        e.tasks().filter(n -> n != item.tasks().size()).ifPresent(n -> wrong.add("任务数 / tasks: 预期 / expected "
                + n + ", 实际 / actual " + item.tasks().size()));
        e.taskOwners().ifPresent(want -> owners(item, want, engine, city, wrong));
        e.supporters().filter(n -> n != item.supporters().size()).ifPresent(n -> wrong.add(
                "附议人数 / supporters: 预期 / expected " + n + ", 实际 / actual " + item.supporters().size()));
        e.warnings().filter(n -> n != item.warnings()).ifPresent(n -> wrong.add("提醒次数 / warnings: 预期 / expected "
                + n + ", 实际 / actual " + item.warnings()));
        e.supervised().filter(b -> b != item.supervisions() > 0).ifPresent(b -> wrong.add(
                "已督办 / supervised: 预期 / expected " + b + ", 实际 / actual " + (item.supervisions() > 0)));
        e.reasonContains().ifPresent(text -> {
            String reasons = reasons(item);
            if (!reasons.contains(text)) {
                wrong.add("理由 / reason: 预期包含 / expected to contain “" + text + "”, 实际 / actual: " + reasons);
            }
        });
    }

    /** The tally's count and every warning and supervision note, as one text to search. */
    private static String reasons(Item item) {
        StringBuilder b = new StringBuilder();
        item.tally().ifPresent(t -> b.append(t.why().zh()).append(" / ").append(t.why().en()));
        for (ItemEvent e : item.timeline()) {
            if (e instanceof ItemEvent.Warned w) {
                b.append(" | ").append(w.message().zh()).append(" / ").append(w.message().en());
            } else if (e instanceof ItemEvent.Supervised s) {
                b.append(" | ").append(s.note());
            } else if (e instanceof ItemEvent.Referred r) {
                b.append(" | ").append(r.reason().zh()).append(" / ").append(r.reason().en());
            }
        }
        return b.toString();
    }

    private static void owners(Item item, List<String> want, CityGovernance engine, City city, List<String> wrong) {
        List<String> got = new ArrayList<>();
        List<IssueId> tasks = item.tasks().values().stream().toList();
        for (int n = 0; n < Math.max(want.size(), tasks.size()); n++) {
            Optional<Owner> owner = n < tasks.size() ? engine.issue(tasks.get(n)).flatMap(i -> i.owner())
                    : Optional.empty();
            String name = owner.map(o -> describe(o, city)).orElse("-");
            got.add(name);
            if (n >= want.size() || owner.isEmpty() || !matches(owner.get(), want.get(n), city)) {
                wrong.add("任务 " + (n + 1) + " 承办方 / owner of task " + (n + 1) + ": 预期 / expected "
                        + (n < want.size() ? want.get(n) : "-") + ", 实际 / actual " + name);
            }
        }
    }

    private static boolean matches(Owner o, String want, City city) {
        if (o.node().value().equals(want) || city.jurisdiction().find(o.node())
                .map(n -> n.name().zh().equals(want) || n.name().en().equals(want)).orElse(false)) {
            return true;
        }
        return o.organization().map(org -> org.value().equals(want) || city.organizations().find(org)
                .map(x -> x.name().zh().equals(want)).orElse(false)).orElse(false)
                || o.person().map(p -> Objects.equals(p.value(), want)).orElse(false);
    }

    private static String describe(Owner o, City city) {
        return o.organization().flatMap(org -> city.organizations().find(org)).map(x -> x.name().zh())
                .orElseGet(() -> city.jurisdiction().find(o.node()).map(n -> n.name().zh()).orElse(o.node().value()));
    }
}
