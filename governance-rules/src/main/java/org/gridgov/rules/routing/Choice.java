package org.gridgov.rules.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.Owner;
import org.gridgov.jurisdiction.JurisdictionNode;
import org.gridgov.policy.Candidate;
import org.gridgov.routing.RoutingRequest;
import org.gridgov.rules.facts.Proposal;
import org.gridgov.rules.runtime.PackSettings;

/** The choice between proposals, then the lift and the fallback. */
final class Choice {
    final List<Candidate> losers = new ArrayList<>();
    OwnerResolver.Resolved winner;
    Proposed winning;
    Proposed lift;
    boolean fallback;
    boolean upAfterRejection;
    JurisdictionNode escalatedTo;
    final RoutingRequest request;
    private final PackSettings settings;
    private final Function<String, Bilingual> outrankedBy;
    private final OwnerResolver resolver;
    private final Plan plan;

    /** @param outrankedBy why a proposal lost to the named rule's */
    Choice(PackSettings settings, Function<String, Bilingual> outrankedBy, OwnerResolver resolver,
           RoutingRequest request, Plan plan) {
        this.settings = settings;
        this.outrankedBy = outrankedBy;
        this.resolver = resolver;
        this.request = request;
        this.plan = plan;
    }

    void decide() {
        for (Proposed candidate : plan.handles()) {
            Proposal pr = candidate.proposal();
            String rule = candidate.firing().rule();
            OwnerResolver.Result r = resolver.resolve(candidate.where(), pr.level(), pr.organizationType(),
                    pr.role());
            if (winner != null) {
                losers.add(new Candidate(rule, candidate.priority(), r.resolved().map(OwnerResolver.Resolved::owner),
                        outrankedBy.apply(winning.firing().rule())));
                continue;
            }
            if (r.resolved().isEmpty()) {
                losers.add(new Candidate(rule, candidate.priority(), Optional.empty(), r.why()));
            } else if (rejected(r.resolved().get())) {
                losers.add(new Candidate(rule, candidate.priority(), Optional.of(r.resolved().get().owner()),
                        Bilingual.of("该承办方已退单", "this owner rejected the dispatch")));
            } else {
                winner = r.resolved().get();
                winning = candidate;
            }
        }
        if (winner == null && !request.rejected().isEmpty()) {
            upAfterRejection();
        }
        if (winner == null) {
            fallback();
        }
        liftIfRequired();
    }

    /**
     * Lifts the winner to a level floor the request sets (an escalation): to the same organization type at
     * that level if there is one, else to that level's default handler.
     */
    private void escalationFloor(int rank) {
        if (winner.node().level().rank() <= rank) {
            return;
        }
        var tree = request.city().jurisdiction();
        JurisdictionNode target = tree.path(request.facts().location()).stream()
                .filter(n -> n.level().rank() <= rank).reduce((a, b) -> b).orElse(tree.root());
        String word = settings.packLevel(target.level().id().value());
        Optional<String> type = winner.organization().map(o -> o.type().value());
        OwnerResolver.Result lifted = resolver.resolve(word, type, Optional.empty());
        if (lifted.resolved().isEmpty()) {
            lifted = resolver.handlerOf(target);
        }
        losers.add(new Candidate(winning == null ? "(fallback)" : winning.firing().rule(),
                winning == null ? 0 : winning.priority(), Optional.of(winner.owner()),
                Bilingual.of("升级到" + target.name().zh(), "escalated to " + target.name().en())));
        winner = lifted.resolved().orElseThrow();
        escalatedTo = target;
    }

    private boolean rejected(OwnerResolver.Resolved r) {
        if (request.rejected().isEmpty()) {
            return false;
        }
        return request.rejected().stream().anyMatch(r::sameAs);
    }

    private void upAfterRejection() {
        Owner last = request.rejected().get(request.rejected().size() - 1);
        var tree = request.city().jurisdiction();
        if (!tree.contains(last.node())) {
            return;
        }
        for (JurisdictionNode up : tree.ancestors(last.node())) {
            if (!tree.isAncestorOrSelf(up.id(), request.facts().location())) {
                continue;
            }
            OwnerResolver.Resolved r = resolver.handlerOf(up).resolved().orElseThrow();
            if (!rejected(r)) {
                winner = r;
                upAfterRejection = true;
                return;
            }
        }
    }

    private void fallback() {
        fallback = true;
        for (String level : settings.fallback()) {
            Optional<JurisdictionNode> node = resolver.nodeAt(level);
            if (node.isPresent()) {
                OwnerResolver.Resolved r = resolver.handlerOf(node.get()).resolved().orElseThrow();
                if (!rejected(r)) {
                    winner = r;
                    return;
                }
            }
        }
        // The root takes what nobody else can: an issue is never left without an owner.
        winner = resolver.handlerOf(request.city().jurisdiction().root()).resolved().orElseThrow();
    }

    private void liftIfRequired() {
        Optional<Proposed> highest = plan.atLeast().stream()
                .filter(x -> resolver.rank(x.proposal().level()).isPresent())
                .min(Comparator.comparingInt((Proposed x) -> resolver.rank(x.proposal().level()).get()));
        Optional<Integer> floor = request.atLeast()
                .flatMap(l -> request.city().jurisdiction().levels().find(l)).map(l -> l.rank());
        if (floor.isPresent() && (highest.isEmpty()
                || floor.get() < resolver.rank(highest.get().proposal().level()).get())) {
            escalationFloor(floor.get());
            return;
        }
        if (highest.isEmpty()) {
            return;
        }
        int rank = resolver.rank(highest.get().proposal().level()).get();
        if (winner.node().level().rank() <= rank) {
            return;
        }
        Optional<String> type = winner.organization().map(o -> o.type().value());
        OwnerResolver.Result lifted = resolver.resolve(highest.get().proposal().level(), type,
                winner.role().map(Object::toString));
        if (lifted.resolved().isEmpty()) {
            lifted = resolver.resolve(highest.get().proposal().level(), Optional.empty(), Optional.empty());
        }
        if (lifted.resolved().isPresent()) {
            losers.add(new Candidate(winning == null ? "(fallback)" : winning.firing().rule(),
                    winning == null ? 0 : winning.priority(), Optional.of(winner.owner()),
                    Bilingual.of("被规则“" + highest.get().firing().rule() + "”提级",
                            "raised by rule “" + highest.get().firing().rule() + "”")));
            winner = lifted.resolved().get();
            lift = highest.get();
        }
    }
}
