package org.gridgov.rules.routing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gridgov.issue.Severity;
import org.gridgov.testkit.PolicyVerifier;
import org.junit.jupiter.api.Test;

/** The base pack's rules, one line each, with the test kit's verifier. */
class BasePackVerifiedTest {
    private final PolicyVerifier verify = PolicyVerifier.forPack(ActivePacks.base(), RoutingFixture.city());

    @Test
    void routingRulesOneLineEach() {
        verify.given("environment.noise").at("B1").on("2024-05-07T10:00")
                .fires("网格先办").routesTo("G1").withLimit("7 天").because("网格先办");
        verify.given("facilities.road").at("G2").on("2024-05-07T10:00")
                .fires("市政设施归街道城管").routesToOrganization("s1-cm").withLimit("3 个工作日");
        verify.given("other").at("S2").on("2024-05-07T10:00")
                .firesNothing().routesToOrganization("s2-office").because("兜底");
        verify.given("environment.noise").at("G1").on("2024-05-07T10:00").severity(Severity.HIGH)
                .fires("重大事项不低于街道").routesTo("S1").withLimit("24 小时");
        verify.given("other").at("G1").on("2024-05-07T10:00").severity(Severity.HIGH).inEmergency()
                .fires("应急状态下重大事项由区县统筹").routesToOrganization("d-gov").withLimit("2 小时");
        verify.given("environment.noise").at("B1").on("2024-05-07T10:00").rejectedBy("G1", null)
                .doesNotFire("两次退单提级到街道").routesTo("M1");
    }

    @Test
    void aWrongExpectationFailsInWordsWithWhatHappened() {
        assertThatThrownBy(() -> verify.given("environment.noise").at("B1").on("2024-05-07T10:00")
                .routesToOrganization("s1-cm"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("the owner should be s1-cm")
                .hasMessageContaining("rules fired: [网格先办]")
                .hasMessageContaining("reason: 噪音扰民（环境卫生类）由东厂宅第1网格承办");
    }
}
