package org.gridgov.rules.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.gridgov.i18n.Bilingual;
import org.gridgov.rules.facts.MemberQuarterCase;
import org.gridgov.rules.facts.Proposal;
import org.gridgov.rules.facts.ServiceDueCase;
import org.gridgov.rules.facts.UnitStandingCase;
import org.gridgov.rules.facts.VerificationCase;
import org.gridgov.rules.runtime.ActivePack;
import org.gridgov.rules.runtime.FiredFact;
import org.gridgov.rules.runtime.PackRuntime;
import org.gridgov.rules.runtime.PreparedPack;
import org.gridgov.service.DestinationRequest;
import org.gridgov.service.MemberQuarter;
import org.gridgov.service.ServiceEvent;
import org.gridgov.service.ServiceId;
import org.gridgov.service.ServicePolicy;
import org.gridgov.service.ServiceRecord;
import org.gridgov.service.Stars;
import org.gridgov.service.UnitStanding;
import org.gridgov.service.UnitStandingRequest;
import org.gridgov.service.VerifierRequest;
import org.gridgov.time.InvalidTimeLimitException;
import org.gridgov.time.TimeLimit;
import org.gridgov.timeline.FollowUp;
import org.gridgov.timeline.FollowUpDecision;

/**
 * Decides service with a rule pack, as deliberation does: each question fires the pack's rules on one fact, the first
 * proposal of each kind wins, what cannot be carried out is a named loser, and rules stopped by the firing budget
 * count for nothing (a follow-up then asks a person to supervise). Thread-safe.
 */
public final class DroolsServicePolicy implements ServicePolicy {
    private final PackRuntime<PreparedPack> runtime;

    /** @param packs gives the active pack; asked once per question */
    public DroolsServicePolicy(Supplier<? extends ActivePack> packs) {
        this.runtime = PackRuntime.plain(packs, 0);
    }

    @Override
    public Destined destination(DestinationRequest request) {
        return ServiceChoices.destination(runtime.current(), request);
    }

    @Override
    public Match match(ServiceEvent.Listed need, ServiceEvent.Listed resource) {
        return ServiceChoices.match(runtime.current(), need, resource);
    }

    @Override
    public Verifier verifier(VerifierRequest request) {
        return ServiceChoices.verifier(runtime.current(), request);
    }

    @Override
    public Verification verification(ServiceRecord record) {
        PreparedPack p = runtime.current();
        String source = record.source().map(ServiceId::kind).orElse("");
        FiredFact fired = FiredFact.fire(p, new VerificationCase(record.id().value(), record.member().value(),
                record.duration().toMinutes() / 60.0, source, record.beneficiary().isPresent()));
        Optional<TimeLimit> within = Optional.empty();
        for (FiredFact.Asked a : fired.asked()) {
            if (a.proposal().kind() == Proposal.Kind.WITHIN && within.isEmpty()) {
                within = limit(p, a, fired);
            }
        }
        return new Verification(within, fired.explanation(Bilingual.of("服务申报 " + record.id(), "service "
                + record.id())), p.pack().version());
    }

    @Override
    public FollowUpDecision followUp(ServiceRecord record, String due, int openDays) {
        PreparedPack p = runtime.current();
        FiredFact fired = FiredFact.fire(p, new ServiceDueCase(record.id().value(), due, record.warnings(),
                record.supervisions(), openDays, record.status().name().toLowerCase(java.util.Locale.ROOT)));
        List<FollowUp> actions = new ArrayList<>();
        if (fired.stopped()) {
            actions.add(new FollowUp.Supervise("服务核实规则被中止，请人工督办 / the rules were stopped; please supervise"));
        }
        for (FiredFact.Asked a : fired.asked()) {
            Proposal pr = a.proposal();
            switch (pr.kind()) {
                case WARN -> {
                    String[] text = pr.note().orElse("请尽快核实\nplease verify").split("\n", 2);
                    actions.add(new FollowUp.Warn(Bilingual.of(text[0], text.length > 1 ? text[1] : text[0])));
                }
                case SUPERVISE -> actions.add(new FollowUp.Supervise(pr.note().orElse("督办")));
                case DEADLINE -> limit(p, a, fired).ifPresent(l -> actions.add(new FollowUp.SetDeadline(pr.level(), l)));
                default -> fired.usedIf(a, false, "跟进规则不能这样做: " + pr.kind(), "a follow-up cannot do " + pr.kind());
            }
        }
        return new FollowUpDecision(actions, fired.explanation(Bilingual.of("服务记录 " + record.id() + " 的" + due
                + "时限已到", "record " + record.id() + ": " + due + " deadline passed")), p.pack().version());
    }

    @Override
    public UnitStanding standing(UnitStandingRequest request) {
        PreparedPack p = runtime.current();
        var r = request.rates();
        FiredFact fired = FiredFact.fire(p, new UnitStandingCase(request.unit().value(), r.expected().size(),
                r.reported().size(), r.served().size(), request.hours()));
        List<UnitStanding.Line> lines = new ArrayList<>();
        boolean eligible = true;
        for (FiredFact.Asked a : fired.asked()) {
            Proposal pr = a.proposal();
            String[] text = pr.note().orElse("\n").split("\n", 2);
            Bilingual why = Bilingual.of(text[0], text.length > 1 ? text[1] : text[0]);
            if (pr.kind() == Proposal.Kind.INELIGIBLE) {
                eligible = false;
                lines.add(new UnitStanding.Line(a.rule(), 0, why));
            } else if (pr.kind() == Proposal.Kind.POINTS) {
                try {
                    lines.add(new UnitStanding.Line(a.rule(), Double.parseDouble(pr.level()), why));
                } catch (NumberFormatException e) {
                    fired.usedIf(a, false, "分值不是数字: " + pr.level(), "points are not a number: " + pr.level());
                }
            }
        }
        double points = lines.stream().mapToDouble(UnitStanding.Line::points).sum();
        return new UnitStanding(request.unit(), eligible, points, lines, fired.explanation(Bilingual.of(
                "单位 " + request.unit(), "unit " + request.unit())), p.pack().version());
    }

    @Override
    public Stars stars(MemberQuarter quarter) {
        PreparedPack p = runtime.current();
        FiredFact fired = FiredFact.fire(p, new MemberQuarterCase(quarter.member().value(), quarter.services(),
                quarter.hours(), quarter.answered()));
        int stars = 0;
        for (FiredFact.Asked a : fired.asked()) {
            if (a.proposal().kind() == Proposal.Kind.STARS) {
                int n = Integer.parseInt(a.proposal().level());
                fired.usedIf(a, n >= 0 && n <= 5, "星级须为0到5: " + n, "stars are 0 to 5, not " + n);
                if (n >= 0 && n <= 5) {
                    stars = n;
                    break;
                }
            }
        }
        return new Stars(quarter, stars, fired.explanation(Bilingual.of("党员 " + quarter.member() + " 本季度服务星级",
                "member " + quarter.member() + "'s stars this quarter")), p.pack().version());
    }

    private static Optional<TimeLimit> limit(PreparedPack p, FiredFact.Asked a, FiredFact fired) {
        try {
            return Optional.of(p.settings().parseLimit(a.proposal().limit().orElseThrow()));
        } catch (InvalidTimeLimitException | java.util.NoSuchElementException e) {
            fired.usedIf(a, false, "无法识别的时限: " + a.proposal().limit().orElse(""), "unreadable limit: "
                    + a.proposal().limit().orElse(""));
            return Optional.empty();
        }
    }
}
