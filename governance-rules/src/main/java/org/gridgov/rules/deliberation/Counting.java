package org.gridgov.rules.deliberation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gridgov.deliberation.Body;
import org.gridgov.deliberation.MajorityRule;
import org.gridgov.deliberation.QuorumRule;
import org.gridgov.deliberation.Threshold;
import org.gridgov.rules.facts.Proposal;
import org.gridgov.rules.runtime.FiredFact;

/**
 * The quorum and majority an item is counted by: the body's own, made stricter by each rule that asks for more.
 * A rule that asks for less changes nothing; one that names a seat the body lacks or an unreadable share is left
 * out with why.
 */
final class Counting {
    private final Body body;
    private QuorumRule quorum;
    private Threshold share;
    private MajorityRule.Base base;
    private int minimum;
    private final List<String> rules = new ArrayList<>();

    Counting(Body body) {
        this.body = body;
        this.quorum = body.quorum();
        this.share = body.majority().share();
        this.base = body.majority().base();
        this.minimum = body.majority().minimumVotes();
    }

    void apply(FiredFact.Asked a, FiredFact fired) {
        Proposal p = a.proposal();
        String v = p.level();
        switch (p.kind()) {
            case QUORUM -> shareOf(a, fired).ifPresent(t -> {
                if (t.stricterThan(quorum.share())) {
                    quorum = new QuorumRule(t, quorum.required());
                    changed(a);
                }
            });
            case REQUIRE_SEAT -> {
                boolean known = body.seat(v).isPresent();
                fired.usedIf(a, known, body.name().zh() + "没有席位 " + v, body.name().en() + " has no seat " + v);
                if (known && !quorum.required().contains(v)) {
                    quorum = quorum.requiring(v);
                    changed(a);
                }
            }
            case MAJORITY -> shareOf(a, fired).ifPresent(t -> {
                if (t.stricterThan(share)) {
                    share = t;
                    changed(a);
                }
            });
            case MAJORITY_BASE -> baseOf(a, fired).ifPresent(b -> {
                if (b.ordinal() > base.ordinal()) {
                    base = b;
                    changed(a);
                }
            });
            case MINIMUM_VOTES -> minimumOf(a, fired).ifPresent(m -> {
                if (m > minimum) {
                    minimum = m;
                    changed(a);
                }
            });
            default -> fired.usedIf(a, false, "表决规则不能这样做: " + p.kind(), "a counting rule cannot do " + p.kind());
        }
    }

    private void changed(FiredFact.Asked a) {
        if (!rules.contains(a.rule())) {
            rules.add(a.rule());
        }
    }

    private static Optional<Threshold> shareOf(FiredFact.Asked a, FiredFact fired) {
        Optional<Threshold> t = Threshold.parse(a.proposal().level());
        fired.usedIf(a, t.isPresent(), "无法识别的比例: " + a.proposal().level(), "unreadable share: "
                + a.proposal().level());
        return t;
    }

    private static Optional<MajorityRule.Base> baseOf(FiredFact.Asked a, FiredFact fired) {
        Optional<MajorityRule.Base> b;
        try {
            b = Optional.of(MajorityRule.Base.valueOf(a.proposal().level().trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            b = Optional.empty();
        }
        fired.usedIf(a, b.isPresent(), "计票基数应为 cast、present 或 seats: " + a.proposal().level(),
                "a count is of cast, present or seats: " + a.proposal().level());
        return b;
    }

    private static Optional<Integer> minimumOf(FiredFact.Asked a, FiredFact fired) {
        Optional<Integer> m;
        try {
            m = Optional.of(Integer.parseInt(a.proposal().level())).filter(x -> x >= 0);
        } catch (NumberFormatException e) {
            m = Optional.empty();
        }
        fired.usedIf(a, m.isPresent(), "最低票数不是非负整数: " + a.proposal().level(), "a minimum of votes is a "
                + "whole number, not " + a.proposal().level());
        return m;
    }

    QuorumRule quorum() {
        return quorum;
    }

    MajorityRule majority() {
        return new MajorityRule(share, base, minimum);
    }

    List<String> rules() {
        return rules;
    }
}
