package org.gridgov.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gridgov.actor.Actor;
import org.gridgov.authorization.AccessDecision;
import org.gridgov.authorization.AccessRequest;
import org.gridgov.authorization.CommandKind;
import org.gridgov.authorization.Parties;
import org.gridgov.authorization.Permissions;
import org.gridgov.engine.CityGovernance;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.IssueFacts;
import org.gridgov.issue.IssueId;
import org.gridgov.rules.pack.PackPermissions;
import org.gridgov.rules.pack.PackProblem;
import org.gridgov.store.InMemoryEventStore;

/**
 * {@code explain --actor}: whether an actor may issue a command on the case as the pack routes it, under the
 * pack's permissions, and which grant decides — or why nobody allows it.
 */
final class AccessCheck {
    private AccessCheck() {
    }

    /** The answer, printable and as JSON. */
    record Answer(String actor, CommandKind command, AccessDecision decision) {
        String text(Locale locale) {
            boolean zh = locale.getLanguage().equals("zh");
            if (decision instanceof AccessDecision.Granted g) {
                return (zh ? "权限: 允许 " : "access: granted to ") + actor + " (" + command.key() + "), "
                        + (zh ? "依据授权 " : "by the grant ") + g.grant().id() + " — " + g.grant().name().in(locale)
                        + g.capacity().map(c -> (zh ? ", 身份 " : ", as ") + c.assignment().role() + " @ "
                        + c.assignment().target()).orElse("");
            }
            Bilingual why = ((AccessDecision.Denied) decision).rejection().reason();
            return (zh ? "权限: 拒绝 " : "access: refused to ") + actor + " (" + command.key() + "): " + why.in(locale);
        }

        void json(ObjectNode n) {
            n.put("actor", actor).put("command", command.key()).put("granted", decision.granted());
            if (decision instanceof AccessDecision.Granted g) {
                n.put("grant", g.grant().id());
                g.capacity().ifPresent(c -> n.put("role", c.assignment().role().value())
                        .put("target", c.assignment().target().toString()));
            } else {
                AccessDecision.Denied d = (AccessDecision.Denied) decision;
                n.put("code", d.rejection().code()).put("reason", d.rejection().reason().zh())
                        .put("reasonEn", d.rejection().reason().en());
            }
        }
    }

    /** Reports the case into a fresh engine and asks the pack's permissions about the actor's command on it. */
    static Answer of(PackOptions.Prepared ready, String id, IssueFacts facts, Instant at, String spec,
                     CommandKind command) {
        List<PackProblem> problems = new ArrayList<>();
        Permissions permissions = PackPermissions.of(ready.pack(), ready.city(), problems);
        Optional<Actor> who = Parties.named(ready.city(), spec, at);
        if (who.isEmpty()) {
            return new Answer(spec, command, new AccessDecision.Denied(org.gridgov.issue.Rejection.of("unknown-actor",
                    "此时没有人以 " + spec + " 的身份行事", "nobody acts as " + spec + " at that time")));
        }
        CityGovernance engine = ready.engine(new InMemoryEventStore());
        engine.report(new IssueId(id), facts, Parties.channel(ready.city(), facts.channel()), at);
        AccessRequest request = command == CommandKind.REPORT || engine.issue(new IssueId(id)).isEmpty()
                ? new AccessRequest(command, who.get(), at, facts.location(), Optional.empty(), Optional.empty())
                : AccessRequest.onIssue(command, who.get(), at, engine.issue(new IssueId(id)).orElseThrow());
        return new Answer(spec, command, permissions.decide(request, ready.city()));
    }
}
