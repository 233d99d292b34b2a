package org.gridgov.rules.service;

import java.util.List;
import java.util.Optional;
import org.gridgov.i18n.Bilingual;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.rules.facts.DestinationCase;
import org.gridgov.rules.facts.MatchCase;
import org.gridgov.rules.facts.Proposal;
import org.gridgov.rules.facts.VerifierCase;
import org.gridgov.rules.runtime.FiredFact;
import org.gridgov.rules.runtime.PreparedPack;
import org.gridgov.service.Basis;
import org.gridgov.service.Destination;
import org.gridgov.service.DestinationRequest;
import org.gridgov.service.ServiceEvent;
import org.gridgov.service.ServicePolicy;
import org.gridgov.service.VerifierRequest;

/**
 * The service questions that choose among given candidates (where a member reports in, whether a resource answers a
 * need, who verifies a service), each by firing one fact; a choice that cannot be carried out is a named loser.
 * Deny by default: no rule, no destination and no match; with no verifier rule the member's community verifies.
 */
final class ServiceChoices {
    private ServiceChoices() {
    }

    static ServicePolicy.Destined destination(PreparedPack p, DestinationRequest r) {
        FiredFact fired = FiredFact.fire(p, new DestinationCase(r.member().value(), r.home().map(NodeId::value)
                .orElse(""), r.paired().stream().map(NodeId::value).toList()));
        Optional<Destination> chosen = Optional.empty();
        for (FiredFact.Asked a : fired.asked()) {
            if (a.proposal().kind() != Proposal.Kind.REPORT_TO || chosen.isPresent()) {
                continue;
            }
            boolean home = a.proposal().level().equals("home");
            chosen = home ? r.home().map(h -> new Destination(h, Basis.RESIDENCE))
                    : r.paired().stream().findFirst().map(c -> new Destination(c, Basis.EMPLOYER_PAIRING));
            fired.usedIf(a, chosen.isPresent(), home ? "党员不住在本市社区" : "单位未与社区结对",
                    home ? "the member lives in no community" : "the employer is paired with no community");
        }
        return new ServicePolicy.Destined(chosen, fired.explanation(Bilingual.of("党员 " + r.member() + " 的报到社区",
                "where member " + r.member() + " reports in"), Bilingual.of("没有规则指定报到社区", "no rule names a community")),
                p.pack().version());
    }

    static ServicePolicy.Match match(PreparedPack p, ServiceEvent.Listed need, ServiceEvent.Listed resource) {
        FiredFact fired = FiredFact.fire(p, new MatchCase(need.category(), need.quantity(), resource.category(),
                resource.quantity()));
        List<FiredFact.Asked> asked = fired.asked();
        boolean vetoed = asked.stream().anyMatch(a -> a.proposal().kind() == Proposal.Kind.NO_MATCH);
        boolean matched = false;
        for (FiredFact.Asked a : asked) {
            if (a.proposal().kind() == Proposal.Kind.MATCH) {
                fired.usedIf(a, !vetoed, "另有规则不允许匹配", "another rule forbids the match");
                matched = !vetoed;
            } else if (a.proposal().kind() == Proposal.Kind.NO_MATCH) {
                fired.usedIf(a, true, "", "");
            }
        }
        return new ServicePolicy.Match(matched && !fired.stopped(), fired.explanation(Bilingual.of("需求 " + need.key()
                + " 与资源 " + resource.key(), "need " + need.key() + " and resource " + resource.key()),
                Bilingual.of("没有规则认定匹配", "no rule finds them a match")), p.pack().version());
    }

    static ServicePolicy.Verifier verifier(PreparedPack p, VerifierRequest r) {
        FiredFact fired = FiredFact.fire(p, new VerifierCase(r.record().id().value(), r.record().member().value(),
                r.sourceKind(), r.community().value(), r.reportedIn()));
        NodeId node = r.community();
        for (FiredFact.Asked a : fired.asked()) {
            if (a.proposal().kind() == Proposal.Kind.VERIFIED_BY) {
                node = a.proposal().level().equals("street") ? r.parent() : r.community();
                fired.usedIf(a, true, "", "");
                break;
            }
        }
        return new ServicePolicy.Verifier(node, fired.explanation(Bilingual.of("服务申报 " + r.record().id() + " 由 " + node
                + " 核实", "service " + r.record().id() + " is verified at " + node), Bilingual.of("没有规则适用，由党员所在社区核实",
                "no rule applies; the member's community verifies")), p.pack().version());
    }
}
