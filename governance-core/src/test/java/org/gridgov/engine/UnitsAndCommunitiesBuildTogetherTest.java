package org.gridgov.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.engine.DeliberationFixtures.COMMUNITY;
import static org.gridgov.engine.DeliberationFixtures.SECRETARY;
import static org.gridgov.engine.DeliberationFixtures.day;

import org.gridgov.deliberation.DeliberationPolicy;
import org.gridgov.organization.OrganizationId;
import org.gridgov.people.PersonId;
import org.gridgov.service.Agreement;
import org.gridgov.service.Matching;
import org.gridgov.service.ServiceId;
import org.gridgov.store.InMemoryEventStore;
import org.junit.jupiter.api.Test;

/** 结对共建: a unit's agreement with its community, needs and resources matched into a finished project. */
class UnitsAndCommunitiesBuildTogetherTest {
    static final OrganizationId HOSPITAL = new OrganizationId("dc-unit");
    private final JointBuilding j = DeliberationFixtures.engine(DeliberationFixtures.city(), new InMemoryEventStore(),
            DeliberationPolicy.bodyRules()).service().jointBuilding();
    private final ServiceId agreement = ServiceId.agreement(HOSPITAL, COMMUNITY);

    private static String code(ServiceOutcome o) {
        assertThat(o).as(o.toString()).isInstanceOf(ServiceOutcome.Refused.class);
        return ((ServiceOutcome.Refused) o).rejection().code();
    }

    @Test
    void needsAndResourcesAreMatchedIntoAProjectThatStartsAndIsDone() {
        assertThat(j.sign(HOSPITAL, COMMUNITY, SECRETARY, day(3, 9)).isDone()).isTrue();
        j.list(agreement, "义诊需求", true, "医疗义诊", 4, "老年人每月体检", SECRETARY, day(3, 10));
        j.list(agreement, "场地需求", true, "场地", 1, "活动室", SECRETARY, day(3, 10));
        j.list(agreement, "医生资源", false, "医疗义诊", 6, "医院每月派6名医生", SECRETARY, day(3, 11));
        j.list(agreement, "小医生资源", false, "医疗义诊", 4, "护士站4人", SECRETARY, day(3, 11));

        assertThat(j.suggestions(agreement)).containsExactly(new Matching.Pair("义诊需求", "小医生资源"));
        assertThat(code(j.match(agreement, "P0", "场地需求", "医生资源", new PersonId("p2"), new PersonId("p10"),
                SECRETARY, day(4, 9)))).isEqualTo("no-match");
        assertThat(j.match(agreement, "P1", "义诊需求", "小医生资源", new PersonId("p2"), new PersonId("p10"), SECRETARY,
                day(4, 9)).isDone()).isTrue();
        assertThat(code(j.match(agreement, "P2", "义诊需求", "医生资源", new PersonId("p2"), new PersonId("p10"), SECRETARY,
                day(4, 9)))).as("each need in one project").isEqualTo("entry-used");
        assertThat(code(j.finish(agreement, "P1", "已完成", SECRETARY, day(5, 9)))).isEqualTo("wrong-step");
        j.start(agreement, "P1", SECRETARY, day(5, 9));
        assertThat(j.finish(agreement, "P1", "为62位老人义诊", SECRETARY, day(20, 9)).isDone()).isTrue();

        Agreement a = j.agreements().get(0);
        assertThat(a.stage("P1")).contains(Agreement.Stage.DONE);
        assertThat(j.suggestions(agreement)).as("the venue has no resource").isEmpty();
    }

    @Test
    void onlyAUnitPairedWithTheCommunitySigns() {
        assertThat(code(j.sign(new OrganizationId("dc-oc"), COMMUNITY, SECRETARY, day(3, 9)))).isEqualTo("not-paired");
        assertThat(code(j.list(agreement, "x", true, "场地", 1, "活动室", SECRETARY, day(3, 10))))
                .isEqualTo("unknown-timeline");
    }
}
