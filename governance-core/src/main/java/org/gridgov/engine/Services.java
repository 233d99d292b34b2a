package org.gridgov.engine;

import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridgov.actor.Actor;
import org.gridgov.authorization.CommandKind;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.Rejection;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.organization.OrganizationId;
import org.gridgov.organization.OrganizationTypeId;
import org.gridgov.people.Person;
import org.gridgov.people.PersonId;
import org.gridgov.service.Basis;
import org.gridgov.service.Destination;
import org.gridgov.service.Feedback;
import org.gridgov.service.Ledger;
import org.gridgov.service.MemberQuarter;
import org.gridgov.service.MenuOrder;
import org.gridgov.service.Placement;
import org.gridgov.service.ReportIn;
import org.gridgov.service.ServiceEvent;
import org.gridgov.service.ServiceId;
import org.gridgov.service.ServicePolicy;
import org.gridgov.service.ServiceRates;
import org.gridgov.service.ServiceRecord;
import org.gridgov.service.Stars;
import org.gridgov.service.Streams;
import org.gridgov.service.UnitStanding;
import org.gridgov.service.UnitStandingRequest;
import org.gridgov.service.Wish;
import org.gridgov.service.WishKind;
import org.gridgov.timeline.Change;
import org.gridgov.timeline.FollowUp;
import org.gridgov.timeline.FollowUpDecision;

/**
 * The city's party-member and unit service (在职党员回家, 双报到、双服务), the one way to write to report-ins, wishes
 * and service records: register a report-in online (to the community the residence rule, or the employer's pairing,
 * names), confirm it in person with the certificate, publish and claim micro-wishes, submit a service, verify it
 * with the beneficiary or organiser, confirm it (a wish it answers is then fulfilled), reject it, or reverse a
 * confirmed one. Authorized and audited like case commands; a resident acting in person may act only for themself
 * ({@code not-self}). Refusals are values with codes: {@code not-in-service}, {@code nowhere-to-report},
 * {@code already-reported-in} (one report-in per member and year), {@code not-paired}, {@code not-reported-in},
 * {@code overlapping}, {@code not-claimed-by-member}, and the aggregates' own. Commands are serialized per engine.
 */
public final class Services extends ServiceCommands {
    private final JointBuilding jointBuilding;
    private final ServiceMenu menu;

    Services(EngineState state, Gate gate, ServicePolicy policy) {
        super(state, gate, policy);
        this.jointBuilding = new JointBuilding(state, gate, policy);
        this.menu = new ServiceMenu(state, gate, policy);
    }

    /** Menu orders (点单、派单、接单、晒单) and service posts. */
    public ServiceMenu menu() {
        return menu;
    }

    /** Units' joint building with their paired communities: agreements, needs and resources, projects. */
    public JointBuilding jointBuilding() {
        return jointBuilding;
    }

    // ---- report-in --------------------------------------------------------------------------------------------

    /** A member registers online to report in for a year, to the community the rule names. */
    public synchronized ServiceOutcome registerReportIn(PersonId member, Year year, Actor actor, Instant at) {
        ServiceId id = ServiceId.reportIn(member, year);
        Optional<Destination> to = destination(member, state.local(at).toLocalDate())
                .flatMap(ServicePolicy.Destined::destination);
        NodeId node = to.map(Destination::community).orElse(root());
        return guarded(CommandKind.REGISTER_REPORT_IN, actor, at, node, id, () -> {
            Optional<Rejection> self = self(actor, member);
            if (self.isPresent()) {
                return new ServiceOutcome.Refused(self.get());
            }
            Optional<Person> p = state.city.people().find(member);
            if (p.isEmpty() || !p.get().isInServicePartyMember()) {
                return refused("not-in-service", member + " 不是在职党员", member + " is not an in-service party member");
            }
            if (to.isEmpty()) {
                return refused("nowhere-to-report", "既不住在本市社区，工作单位也未与社区结对",
                        "lives in no community of the city and their employer is paired with none");
            }
            if (!state.store.serviceTimeline(id).isEmpty()) {
                return refused("already-reported-in", member + " 已于" + year + "年报到", member + " has reported in for "
                        + year + " already");
            }
            return first(state, ReportIn.register(new ServiceEvent.ReportInRegistered(id, actor, at,
                    Optional.of(member), p.get().employer(), to.get().community(), year, to.get().basis())));
        });
    }

    /** A unit registers its report-in to a community it is paired with (双报到). */
    public synchronized ServiceOutcome registerUnitReportIn(OrganizationId unit, NodeId community, Year year, Actor actor,
                                                            Instant at) {
        ServiceId id = ServiceId.reportIn(unit, year);
        return guarded(CommandKind.REGISTER_REPORT_IN, actor, at, community, id, () -> {
            if (!state.city.organizations().contains(unit) || !state.city.organizations()
                    .pairedCommunities(unit, state.local(at).toLocalDate()).contains(community)) {
                return refused("not-paired", unit + " 未与 " + community + " 结对", unit + " is not paired with " + community);
            }
            if (!state.store.serviceTimeline(id).isEmpty()) {
                return refused("already-reported-in", unit + " 已于" + year + "年报到", unit + " has reported in for " + year
                        + " already");
            }
            return first(state, ReportIn.register(new ServiceEvent.ReportInRegistered(id, actor, at, Optional.empty(),
                    Optional.of(unit), community, year, Basis.UNIT_PAIRING)));
        });
    }

    /** The community confirms a report-in in person, with the certificate's number. */
    public synchronized ServiceOutcome confirmReportIn(ServiceId id, String certificate, Actor actor, Instant at) {
        return on(id, CommandKind.CONFIRM_REPORT_IN, actor, at, ReportIn::replay, ReportIn::community,
                r -> r.confirm(certificate, actor, at), r -> r.version());
    }

    // ---- wishes -----------------------------------------------------------------------------------------------

    /** The community publishes a resident's micro-wish. */
    public ServiceOutcome publishWish(String wish, NodeId community, PersonId beneficiary, String text, Actor actor,
                                      Instant at) {
        return publishWish(wish, WishKind.MICRO_WISH, community, beneficiary, text, actor, at);
    }

    /** The community publishes a resident's micro-wish or a household's pairing request (结对帮扶需求). */
    public synchronized ServiceOutcome publishWish(String wish, WishKind kind, NodeId community, PersonId beneficiary,
                                                   String text, Actor actor, Instant at) {
        ServiceId id = ServiceId.wish(wish);
        return guarded(CommandKind.PUBLISH_WISH, actor, at, community, id, () -> {
            if (!state.store.serviceTimeline(id).isEmpty()) {
                return refused("already-published", "心愿编号已存在: " + wish, "a wish with id " + wish + " exists");
            }
            return first(state, Wish.publish(new ServiceEvent.WishPublished(id, actor, at, community, beneficiary,
                    text, kind)));
        });
    }

    /** A member whose report-in to the wish's community was confirmed that year claims it. */
    public synchronized ServiceOutcome claimWish(ServiceId id, PersonId member, Actor actor, Instant at) {
        return on(id, CommandKind.CLAIM_WISH, actor, at, Wish::replay, Wish::community, w -> {
            Optional<Rejection> self = self(actor, member);
            if (self.isPresent()) {
                return new Change.Rejected<>(self.get());
            }
            return reportedInTo(member, w.community(), at) ? w.claim(member, actor, at) : Change.refused(
                    "not-reported-in", member + " 未向该社区报到（须线下确认），不能认领", member
                            + " has not reported in to the wish's community (confirmed in person) and cannot claim it");
        }, Wish::version);
    }

    /** The community withdraws a wish not yet fulfilled. */
    public synchronized ServiceOutcome withdrawWish(ServiceId id, Bilingual reason, Actor actor, Instant at) {
        return on(id, CommandKind.PUBLISH_WISH, actor, at, Wish::replay, Wish::community,
                w -> w.withdraw(reason, actor, at), Wish::version);
    }

    // ---- service records --------------------------------------------------------------------------------------

    /**
     * A member submits a service: refused if its time overlaps another of their records that is not rejected or
     * reversed, or if it answers a wish the member did not claim.
     */
    public synchronized ServiceOutcome submitService(String record, PersonId member, String what, Instant from,
                                                     Instant until, Optional<PersonId> beneficiary,
                                                     Optional<String> organiser, Optional<ServiceId> source, Actor actor,
                                                     Instant at) {
        ServiceId id = ServiceId.record(record);
        return guarded(CommandKind.SUBMIT_SERVICE, actor, at, nodeOf(member, at), id, () -> {
            Optional<Rejection> self = self(actor, member);
            if (self.isPresent()) {
                return new ServiceOutcome.Refused(self.get());
            }
            if (!state.store.serviceTimeline(id).isEmpty()) {
                return refused("already-submitted", "服务记录编号已存在: " + record, "a record with id " + record + " exists");
            }
            Optional<ServiceRecord> clash = state.services.recordsOf(member).stream()
                    .filter(r -> r.status() != ServiceRecord.Status.REJECTED && r.status() != ServiceRecord.Status.REVERSED)
                    .filter(r -> r.overlaps(from, until)).findFirst();
            if (clash.isPresent()) {
                return refused("overlapping", "与服务记录 " + clash.get().id() + " 的时间重叠", "overlaps the time of record "
                        + clash.get().id());
            }
            if (source.isPresent() && !answerable(source.get(), member)) {
                return refused("not-claimed-by-member", source.get() + " 不是 " + member + " 认领的心愿、接的订单或认的岗位",
                        source.get() + " is not a wish, order or post " + member + " took on");
            }
            Change<ServiceRecord, ServiceEvent> submitted = ServiceRecord.submit(new ServiceEvent.ServiceSubmitted(id,
                    actor, at, member, what, from, until, beneficiary, organiser, source));
            if (!(submitted instanceof Change.Accepted<ServiceRecord, ServiceEvent> a)) {
                return first(state, submitted);
            }
            List<ServiceEvent> events = new ArrayList<>(List.of(a.event()));
            policy.verification(a.state()).within().ifPresent(limit -> events.add(new ServiceEvent.RecordDeadlineSet(id,
                    CityGovernance.engine(), at, "verify", state.instant(limit.dueFrom(state.local(at),
                    state.city.calendarFor(nodeOf(member, at)))))));
            return append(id, 0, events) ? new ServiceOutcome.Done(events) : new ServiceOutcome.Conflicted(id.value());
        });
    }

    /** The community checks a service with its beneficiary or organiser. */
    public synchronized ServiceOutcome verifyService(ServiceId id, String with, boolean borneOut, Actor actor,
                                                     Instant at) {
        return onRecord(id, actor, at, r -> r.verify(with, borneOut, actor, at));
    }

    /**
     * The community confirms a verified service; a wish it answers is fulfilled, and an order it answers done, in
     * the same command.
     */
    public synchronized ServiceOutcome confirmService(ServiceId id, Actor actor, Instant at) {
        ServiceOutcome o = onRecord(id, actor, at, r -> r.confirm(actor, at));
        if (!(o instanceof ServiceOutcome.Done done)) {
            return o;
        }
        Optional<ServiceId> source = ServiceRecord.replay(state.store.serviceTimeline(id)).source();
        if (source.isEmpty()) {
            return o;
        }
        List<ServiceEvent> events = new ArrayList<>(done.events());
        Object answered = Streams.replay(state.store.serviceTimeline(source.get()));
        long version = state.store.serviceTimeline(source.get()).size();
        Optional<Change<?, ServiceEvent>> follow = answered instanceof Wish w
                ? Optional.of(w.apply(new ServiceEvent.WishFulfilled(w.id(), actor, at, id)))
                : answered instanceof MenuOrder m ? Optional.of(m.apply(new ServiceEvent.OrderDone(m.id(), actor, at, id)))
                : Optional.empty();
        follow.filter(Change::isAccepted).map(c -> ((Change.Accepted<?, ServiceEvent>) c).event())
                .filter(e -> append(source.get(), version, List.of(e)))
                .ifPresent(events::add);
        return new ServiceOutcome.Done(events);
    }

    /** The community rejects a service with a reason. */
    public synchronized ServiceOutcome rejectService(ServiceId id, Bilingual reason, Actor actor, Instant at) {
        return onRecord(id, actor, at, r -> r.reject(reason, actor, at));
    }

    /** The community reverses a confirmed service with a reason (a correction, never an edit). */
    public synchronized ServiceOutcome reverseService(ServiceId id, Bilingual reason, Actor actor, Instant at) {
        return onRecord(id, actor, at, r -> r.reverse(reason, actor, at));
    }

    // ---- two-way feedback and placement -----------------------------------------------------------------------

    /**
     * Sends a unit the statement of what its in-service members did for their communities in a period (双向反馈):
     * each member who reported in that year, with their services confirmed within {@code [from, until)}.
     */
    public synchronized ServiceOutcome sendFeedback(OrganizationId unit, String period, Instant from, Instant until,
                                                    Actor actor, Instant at) {
        ServiceId id = ServiceId.feedback(unit, period);
        NodeId node = state.city.organizations().find(unit).map(o -> o.node()).orElse(root());
        return guarded(CommandKind.SERVICE_FEEDBACK, actor, at, node, id, () -> {
            if (!state.city.organizations().contains(unit)) {
                return refused("unknown-unit", "没有单位 " + unit, "there is no unit " + unit);
            }
            if (!state.store.serviceTimeline(id).isEmpty()) {
                return refused("already-sent", "该期反馈已发送", "the statement for that period was sent already");
            }
            Year year = Year.from(state.local(from));
            List<PersonId> members = state.services.reportInsOf(unit).stream().filter(r -> r.year().equals(year))
                    .flatMap(r -> r.member().stream()).toList();
            List<ServiceRecord> theirs = members.stream().flatMap(m -> state.services.recordsOf(m).stream()).toList();
            return first(state, Feedback.of(id, actor, at, unit, members, from, until, theirs));
        });
    }

    /** The unit acknowledges a statement. */
    public synchronized ServiceOutcome acknowledgeFeedback(ServiceId id, String note, Actor actor, Instant at) {
        return on(id, CommandKind.SERVICE_FEEDBACK, actor, at, Feedback::replay, f -> state.city.organizations()
                .find(f.unit()).map(o -> o.node()).orElse(root()),
                f -> f.apply(new ServiceEvent.FeedbackAcknowledged(id, actor, at, note)), Feedback::version);
    }

    /**
     * The quarter's service stars (三亮) of the members who reported in to an area's communities that year, best
     * first: more stars, then more time, then by id.
     */
    public List<Stars> stars(NodeId area, Instant from, Instant until) {
        Year year = Year.from(state.local(from));
        return reportIns().stream().filter(r -> r.year().equals(year) && r.confirmed())
                .filter(r -> state.city.jurisdiction().isAncestorOrSelf(area, r.community()))
                .flatMap(r -> r.member().stream()).distinct()
                .map(m -> policy.stars(MemberQuarter.of(m, from, until, state.services.recordsOf(m))))
                .sorted(java.util.Comparator.comparingInt(Stars::stars).reversed()
                        .thenComparing(x -> -x.quarter().minutes()).thenComparing(x -> x.quarter().member().value()))
                .toList();
    }

    /** The statements sent, in order. */
    public List<Feedback> feedback() {
        return all(Feedback.class);
    }

    /**
     * Where a member who reported in serves that year (立体网格): their grid's party branch and their community's
     * volunteer team of the given type; empty when they did not report in.
     */
    public Optional<Placement> placement(PersonId member, Year year, OrganizationTypeId teamType) {
        return reportIns().stream().filter(r -> r.member().equals(Optional.of(member)) && r.year().equals(year))
                .findFirst().map(r -> Placement.of(state.city, r, teamType));
    }

    // ---- queries ----------------------------------------------------------------------------------------------

    /** A service timeline's current state, if it was started and is of the kind. */
    public <T> Optional<T> find(ServiceId id, Class<T> kind) {
        return state.services.find(id).filter(kind::isInstance).map(kind::cast);
    }

    /** Every report-in, in the order registered. */
    public List<ReportIn> reportIns() {
        return all(ReportIn.class);
    }

    /** Every wish, in the order published. */
    public List<Wish> wishes() {
        return all(Wish.class);
    }

    /** Every service record, in the order submitted. */
    public List<ServiceRecord> records() {
        return all(ServiceRecord.class);
    }

    /** The ledger of confirmed service, members' units by their employer. */
    public Ledger ledger() {
        return Ledger.of(records(), state::employerOf);
    }

    /**
     * The report-in and service rates of an area for a year: members who registered count in the community they
     * registered with, the others where the policy would send them on the year's first day.
     */
    public ServiceRates ratesOf(NodeId area, Year year) {
        java.util.Map<PersonId, NodeId> registered = new java.util.HashMap<>();
        reportIns().stream().filter(r -> r.year().equals(year))
                .forEach(r -> r.member().ifPresent(m -> registered.put(m, r.community())));
        return ServiceRates.ofArea(state.city, area, year, reportIns(), records(), m -> Optional.ofNullable(
                registered.get(m)).or(() -> expectedCommunity(m, year.atDay(1))));
    }

    /**
     * Where the policy sends a member to report in on a day, with its explanation; empty for someone who is not an
     * in-service party member of the city.
     */
    public Optional<ServicePolicy.Destined> destination(PersonId member, java.time.LocalDate day) {
        return org.gridgov.service.DestinationRequest.of(state.city, member, day).map(policy::destination);
    }

    /**
     * Who verifies and confirms a service record, by the policy, with its explanation; the verify, confirm, reject
     * and reverse commands are authorized at that node.
     *
     * @throws IllegalArgumentException if there is no such record
     */
    public ServicePolicy.Verifier verifier(ServiceId record) {
        return verifierOf(find(record, ServiceRecord.class).orElseThrow(() -> new IllegalArgumentException(
                "there is no service record " + record)));
    }

    /**
     * Follows up every service record deadline due at or before {@code now}, each at its own instant, with the
     * policy's warnings and supervision; the deadline is recorded as passed, so ticking again does nothing.
     * {@link CityGovernance#tick} calls it.
     *
     * @return the number of deadlines handled
     */
    public synchronized int tick(Instant now) {
        int handled = 0;
        for (ServiceId id : state.recordDeadlines.dueBy(now)) {
            for (var due : state.services.record(id).deadlines().entrySet()) {
                if (!due.getValue().isAfter(now) && state.store.inTransaction(() -> followUp(
                        state.services.record(id), due.getKey(), due.getValue()))) {
                    handled++;
                }
            }
        }
        return handled;
    }

    private boolean followUp(ServiceRecord r, String kind, Instant at) {
        int days = (int) java.time.Duration.between(r.timeline().get(0).at(), at).toDays();
        FollowUpDecision d = policy.followUp(r, kind, days);
        List<ServiceEvent> events = new ArrayList<>();
        events.add(new ServiceEvent.RecordDeadlinePassed(r.id(), CityGovernance.engine(), at, kind));
        for (FollowUp f : d.actions()) {
            if (f instanceof FollowUp.Warn w) {
                events.add(new ServiceEvent.RecordWarned(r.id(), CityGovernance.engine(), at, w.message()));
            } else if (f instanceof FollowUp.Supervise sv) {
                events.add(new ServiceEvent.RecordSupervised(r.id(), CityGovernance.engine(), at, sv.note()));
            } else if (f instanceof FollowUp.SetDeadline sd) {
                events.add(new ServiceEvent.RecordDeadlineSet(r.id(), CityGovernance.engine(), at, sd.kind(),
                        state.instant(sd.limit().dueFrom(state.local(at), state.city.calendarFor(nodeOf(r.member(),
                                at))))));
            }
        }
        ServiceRecord working = r;
        for (ServiceEvent e : events) {
            Change<ServiceRecord, ServiceEvent> c = working.apply(e);
            if (!(c instanceof Change.Accepted<ServiceRecord, ServiceEvent> a)) {
                return false;
            }
            working = a.state();
        }
        return append(r.id(), r.version(), events);
    }

    /** How a unit stands on its members' report-in and service for a year, by the policy. */
    public UnitStanding standing(OrganizationId unit, Year year) {
        double hours = Ledger.of(state.services.recordsOfUnit(unit), state::employerOf).ofUnit(unit).toMinutes() / 60.0;
        return policy.standing(new UnitStandingRequest(unit, year, ratesOfUnit(unit, year), hours));
    }

    /** The report-in and service rates of a unit's members for a year. */
    public ServiceRates ratesOfUnit(OrganizationId unit, Year year) {
        return ServiceRates.ofUnit(state.city, unit, year, state.services.reportInsOf(unit),
                state.services.recordsOfUnit(unit));
    }
}
