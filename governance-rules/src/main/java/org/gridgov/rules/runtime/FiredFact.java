package org.gridgov.rules.runtime;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gridgov.i18n.Bilingual;
import org.gridgov.policy.Candidate;
import org.gridgov.policy.Explanation;
import org.gridgov.policy.RuleTrace;
import org.gridgov.rules.facts.Proposal;
import org.gridgov.rules.facts.ProposalLog;
import org.gridgov.rules.firing.Firing;
import org.gridgov.rules.firing.FiringBudget;

/**
 * One fact fired on its own with the active pack (a deliberation or service question): what each rule asked for, in
 * firing order, what was left out and why, and the explanation that names them. Rules stopped by the firing budget
 * ask for nothing.
 */
public final class FiredFact {
    /** One proposal with the rule that made it. */
    public record Asked(String rule, Proposal proposal) {
    }

    private final PreparedPack pack;
    private final List<Firing> firings;
    private final Optional<FiringBudget.Incident> incident;
    private final List<Candidate> losers = new ArrayList<>();
    private final Set<String> used = new LinkedHashSet<>();
    private final String text;

    private FiredFact(PreparedPack pack, List<Firing> firings, Optional<FiringBudget.Incident> incident, String text) {
        this.pack = pack;
        this.firings = firings;
        this.incident = incident;
        this.text = text;
        incident.ifPresent(i -> losers.add(i.asCandidate()));
    }

    /** Fires the fact in a fresh session of the pack. */
    public static FiredFact fire(PreparedPack pack, ProposalLog fact) {
        try {
            return new FiredFact(pack, pack.sessions().fire(fact), Optional.empty(), fact.toString());
        } catch (FiringBudget.Exceeded e) {
            return new FiredFact(pack, List.of(), Optional.of(e.incident()), fact.toString());
        }
    }

    /** Whether the rules were stopped by the budget. */
    public boolean stopped() {
        return incident.isPresent();
    }

    /** Every proposal in firing order. */
    public List<Asked> asked() {
        List<Asked> out = new ArrayList<>();
        for (Firing f : firings) {
            f.proposals().forEach(p -> out.add(new Asked(f.rule(), p)));
        }
        return out;
    }

    /** Records whether a proposal was used; a proposal not used is a loser with why. */
    public void usedIf(Asked a, boolean ok, String zh, String en) {
        if (ok) {
            used.add(a.rule());
        } else {
            losers.add(new Candidate(a.rule(), pack.pack().priority(a.rule()), Optional.empty(), Bilingual.of(zh, en)));
        }
    }

    /** The rules that fired, for a decision about {@code what}; with none, the body's own rules stand. */
    public Explanation explanation(Bilingual what) {
        return explanation(what, Bilingual.of("没有规则适用，按议事机构自身规则", "no rule applies; the body's own rules stand"));
    }

    /** The rules that fired, for a decision about {@code what}; {@code otherwise} says what stands when none did. */
    public Explanation explanation(Bilingual what, Bilingual otherwise) {
        List<RuleTrace> traces = firings.stream().map(f -> new RuleTrace(f.rule(), pack.pack().description(f.rule()),
                f.matched())).toList();
        List<String> names = firings.stream().map(Firing::rule).distinct().toList();
        Bilingual reason;
        if (incident.isPresent()) {
            Bilingual why = incident.get().text();
            reason = Bilingual.of(what.zh() + "：" + why.zh(), what.en() + ": " + why.en());
        } else if (names.isEmpty()) {
            reason = Bilingual.of(what.zh() + "：" + otherwise.zh(), what.en() + ": " + otherwise.en());
        } else {
            reason = Bilingual.of(what.zh() + "：规则“" + String.join("”“", names) + "”",
                    what.en() + ": rule(s) “" + String.join("”, “", names) + "”");
        }
        return new Explanation(reason, traces, losers, names.isEmpty());
    }

    /** The fact as the rules saw it. */
    public String text() {
        return text;
    }
}
