package org.gridgov.rules.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.rules.routing.RoutingFixture.request;

import java.util.List;
import java.util.stream.Stream;
import org.gridgov.issue.Owner;
import org.gridgov.issue.Severity;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.routing.RoutingDecision;
import org.gridgov.policy.RuleTrace;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule of the base pack, with a case where it fires and one where it does not. */
class BasePackRulesFireTest {
    private static final DroolsRoutingPolicy POLICY = RoutingFixture.basePolicy();
    private static final List<Owner> TWICE = List.of(Owner.atNode(new NodeId("G1")),
            Owner.organization(new NodeId("M1"), new org.gridgov.organization.OrganizationId("m1-rc")));
    private static final List<Owner> ONCE = List.of(Owner.atNode(new NodeId("G1")));

    record Case(String category, String location, Severity severity, List<Owner> rejected, boolean emergency) {
        Case(String category, String location, Severity severity, List<Owner> rejected) {
            this(category, location, severity, rejected, false);
        }

        RoutingDecision route() {
            return POLICY.route(request(category, location, severity, "grid-patrol", rejected).inEmergency(emergency));
        }
    }

    static Case c(String category, String location, Severity severity) {
        return new Case(category, location, severity, List.of());
    }

    static Case emergency(String category, String location, Severity severity) {
        return new Case(category, location, severity, List.of(), true);
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of("网格先办", c("environment.noise", "B1", Severity.LOW), c("environment.noise", "M2", Severity.LOW)),
                Arguments.of("社区接办", c("other", "M2", Severity.LOW), c("other", "G3", Severity.LOW)),
                Arguments.of("重大事项不低于街道", c("environment.noise", "G1", Severity.HIGH),
                        c("environment.noise", "G1", Severity.MEDIUM)),
                Arguments.of("特别重大事项由区县统筹", c("environment.noise", "G1", Severity.CRITICAL),
                        c("environment.noise", "G1", Severity.HIGH)),
                Arguments.of("两次退单提级到街道", new Case("environment.noise", "G1", Severity.LOW, TWICE),
                        new Case("environment.noise", "G1", Severity.LOW, ONCE)),
                Arguments.of("市政设施归街道城管", c("facilities.road", "G2", Severity.LOW), c("environment.noise", "G2", Severity.LOW)),
                Arguments.of("水电气暖归区县主管部门", c("utilities.heating", "G3", Severity.LOW), c("other", "G3", Severity.LOW)),
                Arguments.of("安全隐患报街道", c("safety", "G1", Severity.LOW), c("other", "G1", Severity.LOW)),
                Arguments.of("应急处置由区县应急部门", c("emergency", "G1", Severity.LOW), c("safety", "G1", Severity.LOW)),
                Arguments.of("企业诉求归街道助企服务队", c("enterprise", "G1", Severity.LOW), c("other", "G1", Severity.LOW)),
                Arguments.of("矛盾纠纷由社区调解", c("disputes", "G1", Severity.LOW), c("property", "G1", Severity.LOW)),
                Arguments.of("物业纠纷由社区协调", c("property", "G1", Severity.LOW), c("disputes", "G1", Severity.LOW)),
                Arguments.of("应急状态下重大事项由区县统筹", emergency("other", "G1", Severity.HIGH),
                        c("other", "G1", Severity.HIGH)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void firesWhereItShouldAndNotElsewhere(String rule, Case fires, Case doesNot) {
        assertThat(fires.route().explanation().fired()).extracting(RuleTrace::rule).contains(rule);
        assertThat(doesNot.route().explanation().fired()).extracting(RuleTrace::rule).doesNotContain(rule);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void everyFiredRuleIsDescribedInBothLanguages(String rule, Case fires, Case doesNot) {
        RuleTrace trace = fires.route().explanation().fired().stream().filter(t -> t.rule().equals(rule))
                .findFirst().orElseThrow();
        assertThat(trace.description().zh()).isNotEqualTo(rule);
        assertThat(trace.description().en()).isNotEqualTo(rule).matches(".*[a-z].*");
        assertThat(trace.matched()).isNotEmpty();
    }
}
