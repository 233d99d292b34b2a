package org.gridgov.rules.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.gridgov.evaluation.UnitKind;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.Issue;
import org.gridgov.issue.IssueEvent;
import org.gridgov.issue.ResolveClock;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Rating;
import org.gridgov.organization.OrganizationId;
import org.gridgov.rules.facts.ScoreSheet;
import org.gridgov.rules.facts.ScoringCase;
import org.gridgov.rules.firing.FiringBudget;
import org.gridgov.metrics.Metric;
import org.gridgov.rules.runtime.ActivePack;
import org.gridgov.evaluation.EvaluationPolicy;
import org.gridgov.evaluation.EvaluationRequest;
import org.gridgov.metrics.Measure;
import org.gridgov.evaluation.ScoreLine;
import org.gridgov.evaluation.Scorecard;
import org.kie.api.runtime.KieSession;

/**
 * Scores units with a pack: the weighted rates from {@code settings.evaluation.weights} (out of 100; rates with
 * no cases drop out and the other weights are scaled up to 100), then the pack's scoring rules add and take points
 * per case, each resting on an event of the case's timeline.
 *
 * <p><b>Exclusions (不纳入考核).</b> A case a reviewer excluded does not count against the unit: its deductions
 * are dropped (its bonuses stay), so excluding a case never lowers a score. The rates given in the request are
 * expected to leave excluded failures out the same way.
 *
 * <p><b>Departments (评价权).</b> A department (a unit of kind {@code organization}) is scored with
 * {@code settings.evaluation.departmentWeights} (by default its report-in punctuality) and only by rules for
 * departments: it is judged on reporting in to the whistles it was summoned to, not on the cases' outcomes.
 *
 * <p><b>No cases.</b> A unit without cases gets 100 points ({@code zeroCases: full}, the default) or none.
 *
 * <p><b>Bounded firing.</b> The scoring rules of a scorecard fire within the pack's {@link FiringBudget}: each case
 * its limit of firings, the scorecard its time. When they run beyond it, no rule's points count (a runaway rule
 * could have deducted without end) and one line of 0 points names the rules that were stopped; the weighted rates
 * stand, so the unit is scored on them alone.
 */
public final class DroolsEvaluationPolicy implements EvaluationPolicy {
    private final Supplier<? extends ActivePack> packs;

    /** @param packs gives the active pack; asked once per scorecard */
    public DroolsEvaluationPolicy(Supplier<? extends ActivePack> packs) {
        this.packs = Objects.requireNonNull(packs, "packs");
    }

    @Override
    public Scorecard score(EvaluationRequest request) {
        ActivePack pack = Objects.requireNonNull(packs.get(), "no active pack");
        ScoringSettings settings = ScoringSettings.parse(pack.settings());
        List<ScoreLine> lines = new ArrayList<>();
        boolean noCases = request.cases().isEmpty();
        if (noCases) {
            if (settings.fullWhenNoCases()) {
                lines.add(new ScoreLine("无事项按满分计", 100, Bilingual.of("本期无事项，按满分计", "no cases this period: full marks"),
                        List.of(), -1));
            }
        } else {
            lines.addAll(rateLines(request, settings));
            lines.addAll(ruleLines(pack, request, settings));
        }
        double score = lines.stream().mapToDouble(ScoreLine::points).sum();
        Optional<Bilingual> grade = settings.grades().stream().filter(g -> score >= g.min()).findFirst()
                .map(ScoringSettings.Grade::name);
        return new Scorecard(request.unit(), request.period(), lines, grade, noCases, pack.version());
    }

    private static List<ScoreLine> rateLines(EvaluationRequest request, ScoringSettings settings) {
        Map<Metric, Double> defined = new HashMap<>();
        Map<Metric, Double> weights = request.unit().kind() == UnitKind.ORGANIZATION
                ? settings.departmentWeights() : settings.weights();
        weights.forEach((rate, weight) -> {
            Measure input = request.rates().get(rate);
            if (input != null && input.rate().value().isPresent()) {
                defined.put(rate, weight);
            }
        });
        double total = defined.values().stream().mapToDouble(Double::doubleValue).sum();
        List<ScoreLine> out = new ArrayList<>();
        for (Map.Entry<Metric, Double> w : weights.entrySet()) {
            if (!defined.containsKey(w.getKey()) || total <= 0) {
                continue;
            }
            Measure input = request.rates().get(w.getKey());
            double points = 100 * w.getValue() / total * input.rate().value().orElseThrow();
            out.add(new ScoreLine("三率加权", points, Bilingual.of(
                    rateName(w.getKey()).zh() + " " + input.rate() + "，权重 " + w.getValue(),
                    rateName(w.getKey()).en() + " " + input.rate() + ", weight " + w.getValue()), input.denominator(), -1));
        }
        return out;
    }

    private static Bilingual rateName(Metric rate) {
        return rate.displayName();
    }

    private static List<ScoreLine> ruleLines(ActivePack pack, EvaluationRequest request, ScoringSettings settings) {
        ScoreSheet sheet = new ScoreSheet();
        Map<String, Issue> byId = new HashMap<>();
        KieSession session = pack.kieBase().newKieSession();
        ScoreAttribution attribution = new ScoreAttribution(sheet);
        FiringBudget.Meter meter = FiringBudget.of(pack.settings()).meter(request.cases().size());
        try {
            session.addEventListener(attribution);
            for (Issue issue : request.cases()) {
                byId.put(issue.id().value(), issue);
                session.insert(fact(issue, request.organization(), settings, sheet));
            }
            session.fireAllRules(meter);
        } finally {
            session.dispose();
        }
        if (meter.incident().isPresent()) {
            return List.of(stopped(meter.incident().get()));
        }
        List<ScoreLine> out = new ArrayList<>();
        for (ScoreAttribution.Attributed a : attribution.attributed()) {
            ScoreSheet.Entry e = a.entry();
            Issue issue = byId.get(e.issue());
            if (issue != null && issue.excluded() && e.points() < 0) {
                continue; // 不纳入考核: an excluded case does not count against the unit
            }
            out.add(new ScoreLine(a.rule(), e.points(), Bilingual.of(e.zh(), e.en()),
                    e.issue().isEmpty() ? List.of() : List.of(new IssueId(e.issue())), e.event()));
        }
        return out;
    }

    /** The line of a scorecard whose rules were stopped: no points, and why. */
    private static ScoreLine stopped(FiringBudget.Incident incident) {
        Bilingual why = incident.text();
        return new ScoreLine(incident.rules().get(0), 0, Bilingual.of(why.zh() + "，本期不计规则加减分",
                why.en() + "; no rule's points count this period"), List.of(), -1);
    }

    /** What scoring rules see of a case, computed from its timeline. */
    static ScoringCase fact(Issue issue, Optional<OrganizationId> organization, ScoringSettings settings,
                            ScoreSheet sheet) {
        Map<String, Integer> first = new HashMap<>();
        first.put("reported", 0);
        ResolveClock clock = new ResolveClock();
        boolean late = false;
        int reopened = 0;
        int rejected = 0;
        int missed = 0;
        boolean resolved = false;
        List<IssueEvent> timeline = issue.timeline();
        for (int i = 0; i < timeline.size(); i++) {
            IssueEvent e = timeline.get(i);
            boolean resolvedLate = clock.observe(e);
            if (e instanceof IssueEvent.Resolved) {
                if (!resolved) {
                    late = resolvedLate;
                    first.put("resolved", i);
                }
                resolved = true;
            } else if (e instanceof IssueEvent.Reopened) {
                reopened++;
                first.putIfAbsent("reopened", i);
            } else if (e instanceof IssueEvent.DispatchRejected) {
                rejected++;
                first.putIfAbsent("dispatch-rejected", i);
            } else if (e instanceof IssueEvent.ReportInMissed m
                    && organization.map(o -> o.equals(m.organization())).orElse(false)) {
                missed++;
                first.putIfAbsent("report-in-missed", i);
            } else if (e instanceof IssueEvent.Rated) {
                first.put("rated", i); // the latest rating decides satisfaction
            }
        }
        List<String> categories = new ArrayList<>();
        categories.add(issue.facts().category().value());
        boolean proactive = resolved && !late && settings.proactiveChannels().contains(issue.facts().channel().value());
        return new ScoringCase(issue.id().value(), categories, issue.facts().channel().value(),
                issue.facts().severity().ordinal() + 1, late, reopened, rejected, missed,
                issue.rating().map(r -> r == Rating.UNSATISFIED).orElse(false), proactive, resolved,
                organization.isPresent(), first, sheet);
    }
}
