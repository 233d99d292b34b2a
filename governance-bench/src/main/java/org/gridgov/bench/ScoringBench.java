package org.gridgov.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridgov.city.City;
import org.gridgov.metrics.Period;
import org.gridgov.examples.ExampleCities;
import org.gridgov.issue.Issue;
import org.gridgov.issue.IssueEvent;
import org.gridgov.issue.Rating;
import org.gridgov.jurisdiction.Jurisdiction;
import org.gridgov.jurisdiction.LevelId;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.rules.runtime.CompiledActivePack;
import org.gridgov.rules.evaluation.DroolsEvaluationPolicy;
import org.gridgov.evaluation.Evaluations;

/**
 * Monthly scorecards of every street of 吉林市 over a month of closed cases, with the Jilin pack's rates, weights
 * and scoring rules, against a plain-Java pass that computes the three weighted rates per street.
 */
final class ScoringBench implements Bench {
    @Override
    public String id() {
        return "scoring";
    }

    @Override
    public List<Row> run(boolean quick) throws Exception {
        City city = ExampleCities.load("jilin");
        CompiledActivePack pack = CompiledActivePack.of(ExampleCities.loadPack(city).orElseThrow());
        int count = quick ? 20_000 : 1_000_000;
        List<Issue> issues = ClosedIssues.build(city, count, 7);
        Period month = new Period(ClosedIssues.MONTH_START, ClosedIssues.MONTH_START.plus(Duration.ofDays(31)));
        LevelId street = new LevelId("street");
        DroolsEvaluationPolicy policy = new DroolsEvaluationPolicy(() -> pack);
        Sampler sampler = new Sampler(1, quick ? 3 : 5);
        Sampler.Timing library = sampler.time(() ->
                Evaluations.rankLevel(city, issues, month, "2024-05", street, policy).entries().size() * 0L + count);
        Sampler.Timing baseline = sampler.time(() -> plainRates(city.jurisdiction(), issues, street).size() * 0L + count);
        double seconds = library.medianSeconds();
        return List.of(new Row("monthly scorecards of " + streets(city) + " streets over " + Figures.count(count)
                + " closed issues", Figures.duration(seconds) + " (" + Figures.rate(library.rate(), "issues") + ")",
                Figures.duration(baseline.medianSeconds()) + " plain-Java three rates per street",
                Figures.ratio(seconds / baseline.medianSeconds()), "≤ 5 s", seconds <= 5,
                "rates, weights and the pack's per-case rules, every line traced to its cases; " + Figures.spread(library)));
    }

    private static int streets(City city) {
        return city.jurisdiction().atLevel(city.jurisdiction().root().id(), new LevelId("street")).size();
    }

    /** Per street: received, responded within 2 hours, resolved, rated, satisfied; then the weighted score. */
    static Map<NodeId, Double> plainRates(Jurisdiction tree, List<Issue> issues, LevelId level) {
        Map<NodeId, int[]> tally = new HashMap<>();
        for (Issue issue : issues) {
            NodeId owner = null;
            Instant dispatched = null;
            boolean responded = false;
            boolean resolved = false;
            Rating rating = null;
            for (IssueEvent e : issue.timeline()) {
                if (e instanceof IssueEvent.Routed r) {
                    owner = r.owner().node();
                    dispatched = r.at();
                } else if (e instanceof IssueEvent.Accepted a && dispatched != null && !responded) {
                    responded = !a.at().isAfter(dispatched.plus(Duration.ofHours(2)));
                } else if (e instanceof IssueEvent.Resolved) {
                    resolved = true;
                } else if (e instanceof IssueEvent.Rated r) {
                    rating = r.rating();
                }
            }
            if (owner == null) {
                continue;
            }
            NodeId unit = tree.ancestorAtLevel(owner, level).map(n -> n.id()).orElse(null);
            if (unit == null) {
                continue;
            }
            int[] t = tally.computeIfAbsent(unit, k -> new int[5]);
            t[0]++;
            t[1] += responded ? 1 : 0;
            t[2] += resolved ? 1 : 0;
            t[3] += rating != null ? 1 : 0;
            t[4] += rating == Rating.SATISFIED || rating == Rating.BASICALLY_SATISFIED ? 1 : 0;
        }
        Map<NodeId, Double> scores = new HashMap<>();
        tally.forEach((unit, t) -> scores.put(unit, 100 * (0.2 * t[1] / t[0] + 0.4 * t[2] / t[0]
                + 0.4 * (t[3] == 0 ? 1 : (double) t[4] / t[3]))));
        return scores;
    }
}
