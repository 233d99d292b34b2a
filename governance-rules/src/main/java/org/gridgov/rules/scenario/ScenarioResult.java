package org.gridgov.rules.scenario;

import java.util.List;
import java.util.Set;
import java.util.Objects;
import java.util.stream.Collectors;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.Issue;

/**
 * What running a scenario came to.
 *
 * @param file    the scenario's file
 * @param name    the scenario's name
 * @param results    one per expectation and per refused action, in step order
 * @param firedRules the rules that decided something while the scenario ran: routing and escalation rules on the
 *                   cases' timelines and in the ticks (for rule coverage)
 * @param cases      the scenario's cases as they stand at its end, in the order the file declares them (a case
 *                   the engine refused to report is missing)
 */
public record ScenarioResult(String file, Bilingual name, List<ExpectationResult> results, Set<String> firedRules,
                             List<Issue> cases) {
    public ScenarioResult {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(name, "name");
        results = List.copyOf(results);
        firedRules = Set.copyOf(firedRules);
        cases = List.copyOf(cases);
    }

    /** True if every expectation held and every action was carried out. */
    public boolean passed() {
        return results.stream().allMatch(ExpectationResult::passed);
    }

    /** The failures, in step order. */
    public List<ExpectationResult> failures() {
        return results.stream().filter(r -> !r.passed()).toList();
    }

    /** Every failure's message, under the scenario's name; empty if it passed. */
    public String failureReport() {
        if (passed()) {
            return "";
        }
        return "场景 " + name.zh() + " / scenario " + name.en() + " (" + file + "): " + failures().size()
                + " 项未通过 / failed\n\n" + failures().stream().map(ExpectationResult::message)
                        .collect(Collectors.joining("\n\n"));
    }
}
