package org.gridgov.rules.deliberation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.gridgov.deliberation.AgendaDecision;
import org.gridgov.deliberation.AgendaRequest;
import org.gridgov.deliberation.Body;
import org.gridgov.deliberation.BodyKind;
import org.gridgov.deliberation.BodyRecord;
import org.gridgov.deliberation.BodyScore;
import org.gridgov.deliberation.CountingDecision;
import org.gridgov.deliberation.CountingRequest;
import org.gridgov.deliberation.DeliberationPolicy;
import org.gridgov.deliberation.FollowUpRequest;
import org.gridgov.deliberation.Item;
import org.gridgov.deliberation.ScoreRequest;
import org.gridgov.i18n.Bilingual;
import org.gridgov.rules.facts.AgendaCase;
import org.gridgov.rules.facts.BodyScoringCase;
import org.gridgov.rules.facts.CountingCase;
import org.gridgov.rules.facts.FollowUpCase;
import org.gridgov.rules.facts.Proposal;
import org.gridgov.rules.runtime.ActivePack;
import org.gridgov.rules.runtime.FiredFact;
import org.gridgov.rules.runtime.PackRuntime;
import org.gridgov.rules.runtime.PreparedPack;
import org.gridgov.time.InvalidTimeLimitException;
import org.gridgov.time.TimeLimit;
import org.gridgov.timeline.FollowUp;
import org.gridgov.timeline.FollowUpDecision;

/**
 * Decides deliberation with a rule pack. Each question fires the pack's rules on one fact; their proposals are
 * resolved here: the first proposal of each kind in firing order (salience first) wins, a proposal that cannot be
 * carried out (an unknown kind of body, an unreadable limit, a seat the body lacks) is left out and named among the
 * explanation's losers. Counting never goes below the body's own quorum and majority: a rule can only make them
 * stricter. Rules that fire beyond the pack's budget are stopped: nothing they proposed counts, an agenda then
 * requires nothing, counting uses the body's own rules, a follow-up asks a person to supervise, a score is 0; the
 * explanation names the rules. Thread-safe; each answer runs on the pack active when it started.
 */
public final class DroolsDeliberationPolicy implements DeliberationPolicy {
    private final PackRuntime<PreparedPack> runtime;

    /** @param packs gives the active pack; asked once per question */
    public DroolsDeliberationPolicy(Supplier<? extends ActivePack> packs) {
        this.runtime = PackRuntime.plain(packs, 0);
    }

    @Override
    public AgendaDecision agenda(AgendaRequest request) {
        PreparedPack p = runtime.current();
        Item item = request.item();
        AgendaCase fact = new AgendaCase(item.id().value(), request.body().isPresent() ? "tabled" : "proposed",
                request.categoryPath(), p.settings().packLevel(request.level()), item.facts().proposer().key(),
                item.facts().parties().size(), item.facts().households(), item.supporters().size(),
                item.facts().sources().size(), request.body().map(b -> b.kind().key()).orElse(""));
        FiredFact fired = FiredFact.fire(p, fact);
        Optional<BodyKind> mustTake = Optional.empty();
        Optional<TimeLimit> table = Optional.empty();
        Optional<TimeLimit> deliberate = Optional.empty();
        Optional<TimeLimit> reportBack = Optional.empty();
        for (FiredFact.Asked a : fired.asked()) {
            Proposal pr = a.proposal();
            if (pr.kind() == Proposal.Kind.MUST_GO_TO && mustTake.isEmpty()) {
                mustTake = BodyKind.parse(pr.level());
                fired.usedIf(a, mustTake.isPresent(), "没有这种议事机构: " + pr.level(), "no such kind of body: " + pr.level());
            } else if (pr.kind() == Proposal.Kind.WITHIN) {
                Optional<TimeLimit> limit = limit(p, pr, fired, a);
                switch (pr.level()) {
                    case "table" -> table = table.or(() -> limit);
                    case "deliberate" -> deliberate = deliberate.or(() -> limit);
                    default -> reportBack = reportBack.or(() -> limit);
                }
            }
        }
        Bilingual what = Bilingual.of("议题“" + org.gridgov.privacy.Masking.text(item.facts().title()) + "”",
                "item " + item.id());
        return new AgendaDecision(mustTake, table, deliberate, reportBack, fired.explanation(what), p.pack().version());
    }

    private static Optional<TimeLimit> limit(PreparedPack p, Proposal pr, FiredFact fired, FiredFact.Asked a) {
        try {
            return Optional.of(p.settings().parseLimit(pr.limit().orElseThrow()));
        } catch (InvalidTimeLimitException | java.util.NoSuchElementException e) {
            fired.usedIf(a, false, "无法识别的时限: " + pr.limit().orElse(""), "unreadable limit: " + pr.limit().orElse(""));
            return Optional.empty();
        }
    }

    @Override
    public CountingDecision counting(CountingRequest request) {
        PreparedPack p = runtime.current();
        Body body = request.body();
        Item item = request.item();
        int taken = (int) request.meeting().attendance().stream().filter(x -> x.presence().taken()).count();
        CountingCase fact = new CountingCase(item.id().value(), body.kind().key(), request.categoryPath(),
                item.facts().parties().size(), item.facts().households(), body.seats().size(), taken,
                body.voting().key());
        FiredFact fired = FiredFact.fire(p, fact);
        Counting counting = new Counting(body);
        for (FiredFact.Asked a : fired.asked()) {
            counting.apply(a, fired);
        }
        Bilingual what = Bilingual.of(body.name().zh() + "表决议题 " + item.id(), body.name().en() + " counting item "
                + item.id());
        return new CountingDecision(counting.quorum(), counting.majority(), counting.rules(), fired.explanation(what),
                p.pack().version());
    }

    @Override
    public FollowUpDecision followUp(FollowUpRequest request) {
        PreparedPack p = runtime.current();
        Item item = request.item();
        FollowUpCase fact = new FollowUpCase(item.id().value(), request.due(),
                request.body().map(b -> b.kind().key()).orElse(""), request.categoryPath(),
                p.settings().packLevel(request.level()), item.warnings(), item.supervisions(), request.openTasks(),
                item.facts().households());
        FiredFact fired = FiredFact.fire(p, fact);
        List<FollowUp> actions = new ArrayList<>();
        if (fired.stopped()) {
            actions.add(new FollowUp.Supervise(fired.explanation(Bilingual.of("", "")).reason().zh() + "，请人工督办"));
        }
        for (FiredFact.Asked a : fired.asked()) {
            Proposal pr = a.proposal();
            switch (pr.kind()) {
                case WARN -> {
                    String[] text = pr.note().orElse("议题时限已到\nan item's deadline passed").split("\n", 2);
                    actions.add(new FollowUp.Warn(Bilingual.of(text[0], text.length > 1 ? text[1] : text[0])));
                }
                case SUPERVISE -> actions.add(new FollowUp.Supervise(pr.note().orElse("督办")));
                case DEADLINE -> limit(p, pr, fired, a).ifPresent(l -> actions.add(new FollowUp.SetDeadline(pr.level(), l)));
                default -> fired.usedIf(a, false, "跟进规则不能这样做: " + pr.kind(), "a follow-up cannot do " + pr.kind());
            }
        }
        Bilingual what = Bilingual.of("议题 " + item.id() + " 的" + request.due() + "时限已到",
                "item " + item.id() + ": " + request.due() + " deadline passed");
        return new FollowUpDecision(actions, fired.explanation(what), p.pack().version());
    }

    @Override
    public BodyScore score(ScoreRequest request) {
        PreparedPack p = runtime.current();
        BodyRecord r = request.record();
        BodyScoringCase fact = new BodyScoringCase(r.body().value(), request.body().kind().key(), r.meetings(),
                r.quorate(), r.tabled(), r.decided(), r.decidedOnTime(), r.notCarried(), r.reportedBack(),
                r.reportedBackOnTime(), r.evaluated(), r.ratings(), r.satisfied(), r.tasks(), r.tasksResolved());
        FiredFact fired = FiredFact.fire(p, fact);
        List<BodyScore.Line> lines = new ArrayList<>();
        for (FiredFact.Asked a : fired.asked()) {
            Proposal pr = a.proposal();
            String[] text = pr.note().orElse("\n").split("\n", 2);
            try {
                lines.add(new BodyScore.Line(a.rule(), Double.parseDouble(pr.level()),
                        Bilingual.of(text[0], text.length > 1 ? text[1] : text[0])));
            } catch (NumberFormatException e) {
                fired.usedIf(a, false, "分值不是数字: " + pr.level(), "points are not a number: " + pr.level());
            }
        }
        double score = lines.stream().mapToDouble(BodyScore.Line::points).sum();
        return new BodyScore(r.body(), score, lines, fired.explanation(request.body().name()), p.pack().version());
    }
}
