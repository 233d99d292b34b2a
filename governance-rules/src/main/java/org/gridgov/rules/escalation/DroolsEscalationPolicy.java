package org.gridgov.rules.escalation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.gridgov.category.Category;
import org.gridgov.city.City;
import org.gridgov.escalation.Due;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.DeadlineKind;
import org.gridgov.issue.Issue;
import org.gridgov.issue.Participant;
import org.gridgov.jurisdiction.JurisdictionNode;
import org.gridgov.jurisdiction.LevelId;
import org.gridgov.organization.Organization;
import org.gridgov.policy.Candidate;
import org.gridgov.escalation.EscalationAction;
import org.gridgov.escalation.EscalationDecision;
import org.gridgov.escalation.EscalationPolicy;
import org.gridgov.escalation.EscalationRequest;
import org.gridgov.policy.Explanation;
import org.gridgov.policy.RuleTrace;
import org.gridgov.rules.facts.CaseReads;
import org.gridgov.rules.facts.EscalationCase;
import org.gridgov.rules.facts.Proposal;
import org.gridgov.rules.firing.Firing;
import org.gridgov.rules.firing.FiringBudget;
import org.gridgov.rules.firing.FiringMemo;
import org.gridgov.rules.runtime.ActivePack;
import org.gridgov.rules.runtime.PackRuntime;
import org.gridgov.rules.runtime.PackSettings;
import org.gridgov.rules.runtime.PreparedPack;
import org.gridgov.time.InvalidTimeLimitException;
import org.gridgov.time.TimeLimit;

/**
 * Decides escalations with a rule pack: the pack's escalation rules match an {@link EscalationCase} and ask for
 * warnings, escalation one level up, summons, recorded misses, supervision and new deadlines; this class turns
 * them into {@link EscalationAction}s in firing order and explains them.
 *
 * <p>A summons names an organization type at a level; the organization is the first of that type attached to
 * the node of that level on the issue's path. A summons that cannot be resolved, or a limit that cannot be read,
 * is left out and listed among the explanation's losers with why. Each decision runs on the pack that was active
 * when it started. Thread-safe.
 *
 * <p>Rules are fired once per case shape: the firings of a case are remembered by its answers to the questions the
 * rules asked ({@link FiringMemo}), as routing does; the actions are still resolved for each request. Decisions
 * are equal with and without the memo (tested).
 *
 * <p><b>Bounded firing.</b> A case's rules fire within the pack's {@link FiringBudget}. When they run beyond it,
 * the decision is to have a person look at the case: one {@link EscalationAction.Supervise} whose note, like the
 * explanation, names the rules that kept firing. Nothing else is done, so nothing a runaway rule proposed takes
 * effect; the due item is still recorded as passed, and the next decision is made as usual.
 */
public final class DroolsEscalationPolicy implements EscalationPolicy {
    /** The active pack with its session pool and memo; prepared again when the supplier gives another pack. */
    private final PackRuntime<PreparedPack> runtime;

    /**
     * A policy that remembers the firings of up to {@value PackRuntime#DEFAULT_MEMO} case shapes per pack.
     *
     * @param packs gives the active pack; asked once per decision
     */
    public DroolsEscalationPolicy(Supplier<? extends ActivePack> packs) {
        this(packs, PackRuntime.DEFAULT_MEMO);
    }

    /**
     * @param packs        gives the active pack; asked once per decision
     * @param memoCapacity how many case shapes' firings to remember per pack (0: fire the rules for every case);
     *                     a pack that declares globals is never memoised
     * @throws IllegalArgumentException if the capacity is negative
     */
    public DroolsEscalationPolicy(Supplier<? extends ActivePack> packs, int memoCapacity) {
        this.runtime = PackRuntime.plain(packs, memoCapacity);
    }

    /** The memo's counts for the pack active now. */
    public FiringMemo.Counts memoCounts() {
        return runtime.memoCounts();
    }

    @Override
    public EscalationDecision decide(EscalationRequest request) {
        PreparedPack prepared = runtime.current();
        ActivePack pack = prepared.pack();
        PackSettings settings = prepared.settings();
        Issue issue = request.issue();
        City city = request.city();
        CaseReads reads = new CaseReads();
        EscalationCase fact = fact(request, settings, reads);
        FiringMemo.Fired fired = prepared.memo().find(fact);
        if (fired == null) {
            try {
                fired = prepared.memo().fire(fact, reads, prepared.sessions());
            } catch (FiringBudget.Exceeded e) {
                return stopped(e.incident(), request, pack);
            }
        }
        List<Firing> firings = fired.firings();
        List<EscalationAction> actions = new ArrayList<>();
        List<Candidate> dropped = new ArrayList<>();
        for (Firing f : firings) {
            for (Proposal p : f.proposals()) {
                List<EscalationAction> these = p.kind() == Proposal.Kind.SUMMON_ALLIANCE
                        ? summonAlliance(p, request, settings)
                        : toAction(p, f.rule(), request, settings).map(List::of).orElse(List.of());
                if (these.isEmpty()) {
                    dropped.add(new Candidate(f.rule(), pack.priority(f.rule()), Optional.empty(),
                            Bilingual.of("无法执行: " + p, "cannot be carried out: " + p)));
                }
                actions.addAll(these);
            }
        }
        String text = fact.toString();
        FiringMemo.Fired shown = fired;
        List<RuleTrace> traces = firings.stream()
                .map(f -> new RuleTrace(f.rule(), pack.description(f.rule()), shown.matched(f, text))).toList();
        Category category = city.categories().require(issue.facts().category());
        String what = category.name().zh();
        Bilingual due = DueText.of(request);
        String zhRules = String.join("”“", firings.stream().map(Firing::rule).toList());
        String enRules = String.join("”, “", firings.stream().map(Firing::rule).toList());
        Bilingual reason = firings.isEmpty()
                ? Bilingual.of(what + "：" + due.zh() + "，没有规则要求处置",
                        category.name().en() + ": " + due.en() + "; no rule asks for anything")
                : Bilingual.of(what + "：" + due.zh() + "：规则“" + zhRules + "”",
                        category.name().en() + ": " + due.en() + ": rule(s) “" + enRules + "”");
        return new EscalationDecision(actions, new Explanation(reason, traces, dropped, firings.isEmpty()),
                pack.version());
    }

    /** The safe decision when the rules were stopped: a person supervises the case, told why. */
    private static EscalationDecision stopped(FiringBudget.Incident incident, EscalationRequest request,
                                              ActivePack pack) {
        Bilingual why = incident.text();
        Bilingual due = DueText.of(request);
        Bilingual what = request.city().categories().require(request.issue().facts().category()).name();
        Bilingual reason = Bilingual.of(what.zh() + "：" + due.zh() + "：" + why.zh() + "，转人工督办",
                what.en() + ": " + due.en() + ": " + why.en() + "; a person is asked to supervise the case");
        EscalationAction supervise = new EscalationAction.Supervise(why.zh() + "，请人工督办 / " + why.en()
                + "; please supervise this case");
        return new EscalationDecision(List.of(supervise),
                new Explanation(reason, List.of(), List.of(incident.asCandidate()), true), pack.version());
    }

    private static EscalationCase fact(EscalationRequest request, PackSettings settings, CaseReads reads) {
        Issue issue = request.issue();
        City city = request.city();
        List<String> categoryPath = new ArrayList<>();
        categoryPath.add(issue.facts().category().value());
        city.categories().ancestors(issue.facts().category()).forEach(c -> categoryPath.add(c.id().value()));
        String ownerLevel = issue.owner().flatMap(o -> city.jurisdiction().find(o.node()))
                .map(n -> settings.packLevel(n.level().id().value())).orElse("");
        long pending = issue.participants().stream().filter(p -> !p.checkedIn()).count();
        long checkedIn = issue.participants().stream().filter(Participant::checkedIn).count();
        // Rules read one word for every report-in ("report-in"), the organization apart.
        String due = request.due().what() instanceof Due.ReportIn ? "report-in" : request.due().key();
        return new EscalationCase(issue.id().value(), due,
                request.due().reportingOrganization().map(Object::toString).orElse(""), categoryPath,
                issue.facts().severity().name().toLowerCase(java.util.Locale.ROOT), issue.facts().severity().ordinal() + 1,
                ownerLevel, issue.escalationLevel(), (int) pending, (int) checkedIn, request.emergency(),
                request.stage().map(Object::toString).orElse(""),
                issue.owner().flatMap(o -> o.person()).map(p -> city.roster().isAbsent(p, request.now())).orElse(false),
                reads);
    }

    private static Optional<EscalationAction> toAction(Proposal p, String rule, EscalationRequest request,
                                                       PackSettings settings) {
        try {
            return switch (p.kind()) {
                case WARN -> {
                    String[] text = p.note().orElse("时限将到\ndeadline approaching").split("\n", 2);
                    yield Optional.of(new EscalationAction.Warn(Bilingual.of(text[0], text.length > 1 ? text[1] : text[0])));
                }
                case ESCALATE -> Optional.of(escalate(p, rule, request, settings));
                case SUMMON -> summon(p, request, settings);
                case MISSED_REPORT_IN -> request.due().reportingOrganization()
                        .map(EscalationAction.RecordMissedReportIn::new);
                case SUPERVISE -> Optional.of(new EscalationAction.Supervise(p.note().orElse("督办")));
                case DEADLINE -> Optional.of(new EscalationAction.SetDeadline(DeadlineKind.of(p.level()),
                        deadline(p.level(), settings.parseLimit(p.limit().orElseThrow()), request, settings)));
                case REASSIGN -> Optional.of(new EscalationAction.ReassignToBackup(Bilingual.of("承办人不在岗，由B岗接办",
                        "the owner is away; the backup (B post) takes over")));
                case REOPEN -> Optional.of(new EscalationAction.Reopen(Bilingual.of("群众评价不满意，重新办理",
                        "the resident rated the result unsatisfied; handled again")));
                default -> Optional.empty();
            };
        } catch (InvalidTimeLimitException e) {
            return Optional.empty();
        }
    }

    /**
     * One level up, or up to the level the rule names (a level the city lacks is named but ignored). The reason
     * says what fell due and which rule sent the case up: {@code 办理时限（06-20 10:00）已到，仍未办结：规则“网格社区超时吹哨
     * 上报”上报上一级（吹哨）}; the engine adds the routing that chose the new owner.
     */
    private static EscalationAction.Escalate escalate(Proposal p, String rule, EscalationRequest request,
                                                      PackSettings settings) {
        Bilingual due = DueText.of(request);
        if (p.level().isEmpty()) {
            return new EscalationAction.Escalate(Bilingual.of(due.zh() + "：规则“" + rule + "”上报上一级（吹哨）",
                    due.en() + ": rule “" + rule + "” escalated it one level up (whistle)"));
        }
        LevelId level = new LevelId(settings.cityLevel(p.level()));
        Bilingual name = request.city().jurisdiction().levels().find(level).map(l -> l.name())
                .orElse(Bilingual.zh(p.level()));
        return new EscalationAction.Escalate(Bilingual.of(due.zh() + "：规则“" + rule + "”上报至" + name.zh() + "级",
                due.en() + ": rule “" + rule + "” escalated it to the " + name.en() + " level"), Optional.of(level));
    }

    /**
     * A rule's deadline as it applies: in emergency mode a {@code resolve} deadline is the stricter of the rule's
     * limit and the case's emergency limit, as routing's are (平急结合: every limit is shorter).
     */
    private static TimeLimit deadline(String kind, TimeLimit limit, EscalationRequest request,
                                      PackSettings settings) {
        if (!request.emergency() || !kind.equals("resolve")) {
            return limit;
        }
        City city = request.city();
        Issue issue = request.issue();
        List<String> categoryPath = new ArrayList<>();
        categoryPath.add(issue.facts().category().value());
        city.categories().ancestors(issue.facts().category()).forEach(c -> categoryPath.add(c.id().value()));
        return settings.inEmergency(limit, categoryPath,
                issue.facts().severity().name().toLowerCase(java.util.Locale.ROOT),
                java.time.LocalDateTime.ofInstant(request.now(), city.zone()),
                city.calendarFor(issue.facts().location()));
    }

    /** Every member of the alliances at the node of the proposal's level on the issue's path, once each. */
    private static List<EscalationAction> summonAlliance(Proposal p, EscalationRequest request, PackSettings settings) {
        City city = request.city();
        LevelId level = new LevelId(settings.cityLevel(p.level()));
        if (city.jurisdiction().levels().find(level).isEmpty()) {
            return List.of();
        }
        TimeLimit limit;
        try {
            limit = settings.parseLimit(p.limit().orElseThrow());
        } catch (InvalidTimeLimitException e) {
            return List.of();
        }
        java.util.Set<org.gridgov.organization.OrganizationId> members = new java.util.LinkedHashSet<>();
        city.jurisdiction().ancestorAtLevel(request.issue().facts().location(), level)
                .ifPresent(n -> city.organizations().alliancesAt(n.id()).forEach(a -> members.addAll(a.members())));
        return members.stream().map(m -> (EscalationAction) new EscalationAction.Summon(m, limit)).toList();
    }

    private static Optional<EscalationAction> summon(Proposal p, EscalationRequest request, PackSettings settings) {
        City city = request.city();
        LevelId level = new LevelId(settings.cityLevel(p.level()));
        if (city.jurisdiction().levels().find(level).isEmpty()) {
            return Optional.empty();
        }
        Optional<JurisdictionNode> node = city.jurisdiction().ancestorAtLevel(request.issue().facts().location(), level);
        Optional<Organization> org = node.flatMap(n -> city.organizations().at(n.id()).stream()
                .filter(o -> o.type().value().equals(p.organizationType().orElse(""))).findFirst());
        return org.map(o -> new EscalationAction.Summon(o.id(), settings.parseLimit(p.limit().orElseThrow())));
    }
}
