package org.gridgov.rules.firing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.rules.firing.SessionPoolKeepsFreshSessionSemanticsTest.compile;
import static org.gridgov.rules.firing.SessionPoolKeepsFreshSessionSemanticsTest.fact;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.gridgov.validation.InvalidModelException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;

/** The firing budget on its own: what stops, when, what it says, and that the pool keeps working. */
@Timeout(60)
class FiringBudgetStopsRunawayFiringTest {
    @TempDir
    Path dir;

    /** A rule that updates the case it matched: it fires again after every firing. */
    private static final String LOOP = """
            rule "反复" when $c : RoutingCase( issueId == "loop" ) then $c.handleAt("grid"); update($c); end
            rule "一次" when $c : RoutingCase() then $c.handleAt("city"); end
            """;

    @Test
    void aCaseThatKeepsFiringIsStoppedAtItsLimitAndTheNextCaseFiresAsUsual() throws Exception {
        SessionPool pool = new SessionPool(compile(dir, LOOP), FiringBudget.of(300, Duration.ofMinutes(1)));

        assertThatThrownBy(() -> pool.fire(fact("loop"))).isInstanceOfSatisfying(FiringBudget.Exceeded.class, e -> {
            assertThat(e.incident().kind()).isEqualTo(FiringBudget.Incident.Kind.FIRINGS);
            assertThat(e.incident().rules()).containsExactly("反复");
            assertThat(e.incident().firings()).isEqualTo(300);
            assertThat(e.getStackTrace()).isEmpty();
        });
        assertThat(pool.fire(fact("calm"))).extracting(Firing::rule).containsExactly("一次");
    }

    @Test
    void aBatchWithARunawayCaseComesBackForFiringOneByOneAndTheOthersFireAlone() throws Exception {
        SessionPool pool = new SessionPool(compile(dir, LOOP), FiringBudget.of(300, Duration.ofMinutes(1)));

        assertThat(pool.fireAll(List.of(fact("a"), fact("loop"), fact("b")))).isNull();
        List<List<Firing>> calm = pool.fireAll(List.of(fact("a"), fact("b")));
        assertThat(calm).hasSize(2).allSatisfy(f -> assertThat(f).extracting(Firing::rule).containsExactly("一次"));
    }

    @Test
    void theTimeIsCheckedBeforeEveryFiring() throws Exception {
        AtomicLong nanos = new AtomicLong();
        // Every reading of the clock moves it on by a millisecond: 50 firings fit into 50 ms.
        FiringBudget budget = FiringBudget.of(1_000_000, Duration.ofMillis(50))
                .withTicker(() -> nanos.addAndGet(1_000_000));
        SessionPool pool = new SessionPool(compile(dir, LOOP), budget);

        assertThatThrownBy(() -> pool.fire(fact("loop"))).isInstanceOfSatisfying(FiringBudget.Exceeded.class, e -> {
            assertThat(e.incident().kind()).isEqualTo(FiringBudget.Incident.Kind.TIME);
            assertThat(e.incident().firings()).isBetween(40L, 50L);
            assertThat(e.incident().text().en()).isEqualTo(
                    "the rules of this decision ran longer than 50 ms (the last to fire: “反复”) and were stopped");
            assertThat(e.incident().text().zh()).isEqualTo("本次决定的规则运行超过 50 毫秒（最后触发的规则“反复”），已被中止");
        });
    }

    @Test
    void rulesThatFireInAnEmptySessionForeverDoNotHangThePoolsProbe(@TempDir Path other) throws Exception {
        KieBase kb = compile(other, """
                rule "起" when then insert(new Object()); end
                rule "生" when Object() then insert(new Object()); end
                """);
        long start = System.nanoTime();

        SessionPool pool = new SessionPool(kb, FiringBudget.of(1_000, Duration.ofSeconds(5)));

        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
        assertThatThrownBy(() -> pool.fire(fact("a"))).isInstanceOf(FiringBudget.Exceeded.class);
    }

    @Test
    void settingsGiveTheLimitsAndDefaultsFillIn() {
        ObjectNode settings = JsonNodeFactory.instance.objectNode();
        assertThat(FiringBudget.of(settings)).isSameAs(FiringBudget.DEFAULT);
        assertThat(FiringBudget.DEFAULT.maxFirings()).isEqualTo(10_000);
        assertThat(FiringBudget.DEFAULT.maxTime()).isEqualTo(Duration.ofSeconds(2));
        settings.putObject("firing").put("maxFirings", 50);
        FiringBudget b = FiringBudget.of(settings);
        assertThat(b.maxFirings()).isEqualTo(50);
        assertThat(b.maxTime()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void limitsThatAreNotWholeNumbersInRangeAreRefused() {
        ObjectNode settings = JsonNodeFactory.instance.objectNode();
        settings.putObject("firing").put("maxFirings", 1.5).put("maxMillis", 600_001);
        assertThatThrownBy(() -> FiringBudget.of(settings)).isInstanceOfSatisfying(InvalidModelException.class,
                e -> assertThat(e.problems()).extracting(p -> p.message().zh()).containsExactly(
                        "settings.firing.maxFirings 应为 1 到 10000000 之间的整数, 现为 1.5",
                        "settings.firing.maxMillis 应为 1 到 600000 之间的整数, 现为 600001"));
    }
}
