package org.gridgov.testkit;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gridgov.category.CategoryId;
import org.gridgov.city.City;
import org.gridgov.issue.ChannelId;
import org.gridgov.issue.IssueFacts;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Owner;
import org.gridgov.issue.Severity;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.routing.RoutingDecision;
import org.gridgov.routing.RoutingRequest;
import org.gridgov.policy.RuleTrace;
import org.gridgov.rules.routing.DroolsRoutingPolicy;
import org.gridgov.rules.runtime.ActivePack;
import org.gridgov.time.TimeLimit;

/**
 * A fluent verifier for routing rules, in the spirit of a constraint verifier: one line per expectation, for one
 * rule or for the whole pack, failing with a message that says what was expected, what happened and why.
 *
 * <pre>
 * PolicyVerifier.forPack(pack, city)
 *     .given("environment.noise").at("B1").on("2024-05-07T10:00")
 *     .fires("网格先办").routesTo("G1").withLimit("7 天");
 * PolicyVerifier.forPack(pack, city).given("other").at("S2").on("2024-05-07T10:00").firesNothing();
 * </pre>
 *
 * <p>Each expectation method routes (once) and throws {@link AssertionError} if it does not hold.
 */
public final class PolicyVerifier {
    private final ActivePack pack;
    private final City city;

    private PolicyVerifier(ActivePack pack, City city) {
        this.pack = Objects.requireNonNull(pack, "pack");
        this.city = Objects.requireNonNull(city, "city");
    }

    /** A verifier for a pack in a city. */
    public static PolicyVerifier forPack(ActivePack pack, City city) {
        return new PolicyVerifier(pack, city);
    }

    /** A case of a category; say where, when and how it came with the returned builder. */
    public Case given(String category) {
        return new Case(category);
    }

    /** A case under verification; expectations route it once and compare. */
    public final class Case {
        private final String category;
        private String location;
        private String channel;
        private Severity severity = Severity.LOW;
        private Instant at;
        private final List<Owner> rejected = new ArrayList<>();
        private boolean emergency;
        private RoutingDecision decision;

        private Case(String category) {
            this.category = category;
        }

        /** Where: a node id. */
        public Case at(String node) {
            this.location = node;
            return reset();
        }

        /** When, in the city's local time ({@code 2024-05-07T10:00}). */
        public Case on(String localDateTime) {
            this.at = LocalDateTime.parse(localDateTime).atZone(city.zone()).toInstant();
            return reset();
        }

        /** Through which channel (default: the city's first). */
        public Case via(String channelId) {
            this.channel = channelId;
            return reset();
        }

        /** How serious (default low). */
        public Case severity(Severity s) {
            this.severity = s;
            return reset();
        }

        /** After the dispatch was rejected by an owner at a node (and organization, if given). */
        public Case rejectedBy(String node, String organization) {
            rejected.add(organization == null ? Owner.atNode(new NodeId(node))
                    : Owner.organization(new NodeId(node), new org.gridgov.organization.OrganizationId(organization)));
            return reset();
        }

        /** In emergency mode (平急结合). */
        public Case inEmergency() {
            this.emergency = true;
            return reset();
        }

        private Case reset() {
            decision = null;
            return this;
        }

        /** The decision, routed once. */
        public RoutingDecision decision() {
            if (decision == null) {
                Objects.requireNonNull(location, "say where the case is with at(node)");
                Objects.requireNonNull(at, "say when with on(localDateTime)");
                String via = channel != null ? channel : city.channels().get(0).id().value();
                decision = new DroolsRoutingPolicy(() -> pack).route(new RoutingRequest(new IssueId("verify"),
                        IssueFacts.of(new CategoryId(category), new ChannelId(via), new NodeId(location), "verify",
                                severity), city, at, rejected, Optional.empty(), emergency));
            }
            return decision;
        }

        /** The rule fired. */
        public Case fires(String rule) {
            if (fired().stream().noneMatch(rule::equals)) {
                fail("规则“" + rule + "”应触发", "rule “" + rule + "” should fire");
            }
            return this;
        }

        /** The rule did not fire. */
        public Case doesNotFire(String rule) {
            if (fired().contains(rule)) {
                fail("规则“" + rule + "”不应触发", "rule “" + rule + "” should not fire");
            }
            return this;
        }

        /** No rule fired: the fallback owner took the case. */
        public Case firesNothing() {
            if (!fired().isEmpty()) {
                fail("不应有规则触发", "no rule should fire");
            }
            return this;
        }

        /** The owner sits at this node. */
        public Case routesTo(String node) {
            if (!decision().owner().node().value().equals(node)) {
                fail("应由节点 " + node + " 承办", "the owner should sit at " + node);
            }
            return this;
        }

        /** The owner is this organization. */
        public Case routesToOrganization(String organization) {
            if (!decision().owner().organization().map(o -> o.value().equals(organization)).orElse(false)) {
                fail("应由组织 " + organization + " 承办", "the owner should be " + organization);
            }
            return this;
        }

        /**
         * The time limit is this one, as policy text ({@code 24 小时}); working days are compared under the pack's
         * rounding, so {@code 3 个工作日} matches a pack that counts them to the end of the day.
         */
        public Case withLimit(String limit) {
            TimeLimit actual = decision().timeLimit();
            if (!actual.equals(TimeLimit.parse(limit).rounded(actual.rounding()))) {
                fail("时限应为 " + limit, "the limit should be " + limit);
            }
            return this;
        }

        /** The reason contains a phrase. */
        public Case because(String phrase) {
            var reason = decision().explanation().reason();
            if (!reason.zh().contains(phrase) && !reason.en().contains(phrase)) {
                fail("理由应包含“" + phrase + "”", "the reason should contain “" + phrase + "”");
            }
            return this;
        }

        private List<String> fired() {
            return decision().explanation().fired().stream().map(RuleTrace::rule).toList();
        }

        private void fail(String zh, String en) {
            RoutingDecision d = decision();
            throw new AssertionError(en + " / " + zh + "\n  case: " + category + " at " + location + " ("
                    + severity.name().toLowerCase(java.util.Locale.ROOT) + (emergency ? ", emergency" : "") + ")"
                    + "\n  got: owner " + d.owner() + " at level " + d.level() + ", limit " + d.timeLimit()
                    + "\n  rules fired: " + fired() + "\n  reason: " + d.explanation().reason().zh()
                    + "\n  losers: " + d.explanation().losers().stream().map(l -> l.rule() + " (" + l.outcome().en() + ")")
                    .toList());
        }
    }
}
