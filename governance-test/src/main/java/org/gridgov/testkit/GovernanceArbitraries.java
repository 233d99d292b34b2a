package org.gridgov.testkit;

import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.gridgov.category.Category;
import org.gridgov.city.City;
import org.gridgov.issue.Channel;
import org.gridgov.issue.IssueFacts;
import org.gridgov.issue.Rating;
import org.gridgov.issue.Severity;
import org.gridgov.jurisdiction.Jurisdiction;
import org.gridgov.jurisdiction.JurisdictionNode;
import org.gridgov.role.Roster;

/**
 * jqwik generators for property-testing a city's packs: random cities (jurisdiction trees, organizations and
 * rosters) over a template's catalogues, issues in a city, and histories of reports, actions and clock ticks.
 * Pair the histories with {@link GovernanceInvariants}:
 *
 * <pre>{@code
 * @Property
 * void myPackKeepsTheInvariants(@ForAll("histories") History history) {
 *     CityGovernance engine = GridGov.forCity(city).pack(packFolder).build().engine();
 *     history.play(engine, start, GovernanceInvariants.watching(engine));
 * }
 *
 * @Provide
 * Arbitrary<History> histories() {
 *     return GovernanceArbitraries.histories(city, 40);
 * }
 * }</pre>
 *
 * <p>Needs {@code net.jqwik:jqwik} on the test classpath (an optional dependency of governance-rules).
 */
public final class GovernanceArbitraries {
    private static final long MAX_GAP_MINUTES = 60L * 24 * 3;

    private GovernanceArbitraries() {
    }

    /**
     * Random cities over a template's catalogues; see {@link RandomCities}.
     *
     * @param template the city whose levels, types, categories and channels are used
     * @return cities of 1 to 3 children per node
     */
    public static Arbitrary<City> cities(City template) {
        return Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(1, 3))
                .as((seed, breadth) -> RandomCities.generate(template, seed, breadth));
    }

    /**
     * Random jurisdiction trees on a template's levels.
     *
     * @param template the city whose levels are used
     * @return trees, some with skipped levels
     */
    public static Arbitrary<Jurisdiction> jurisdictions(City template) {
        return cities(template).map(City::jurisdiction);
    }

    /**
     * Random rosters: a primary holder of every node role, and a backup half the time.
     *
     * @param template the city whose role types are used
     * @return rosters of random cities
     */
    public static Arbitrary<Roster> rosters(City template) {
        return cities(template).map(City::roster);
    }

    /**
     * Random cases in a city: any of its categories, channels and nodes, any severity.
     *
     * @param city the city
     * @return issue facts
     * @throws IllegalArgumentException if the city has no categories or no channels
     */
    public static Arbitrary<IssueFacts> issueFacts(City city) {
        List<Category> categories = city.categories().all();
        List<Channel> channels = city.channels();
        if (categories.isEmpty() || channels.isEmpty()) {
            throw new IllegalArgumentException("city " + city.id() + " needs categories and channels to have issues");
        }
        List<JurisdictionNode> nodes = city.jurisdiction().subtree(city.jurisdiction().root().id());
        return Combinators.combine(Arbitraries.of(categories), Arbitraries.of(channels), Arbitraries.of(nodes),
                        Arbitraries.of(Severity.class))
                .as((category, channel, node, severity) -> IssueFacts.of(category.id(), channel.id(), node.id(),
                        "生成的案件", severity));
    }

    /**
     * Random steps in a city: reports (the most frequent), acceptances, rejections, summons, check-ins, mode switches, resolutions with a
     * rating, withdrawals (each one minute to three days after the step before) and ticks (an hour to ten days after).
     *
     * @param city the city
     * @return steps
     */
    public static Arbitrary<Step> steps(City city) {
        Arbitrary<Duration> gap = Arbitraries.longs().between(1, MAX_GAP_MINUTES).map(Duration::ofMinutes);
        Arbitrary<Integer> issue = Arbitraries.integers().between(0, 999);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Combinators.combine(gap, issueFacts(city)).as(Step.Report::new)),
                net.jqwik.api.Tuple.of(1, Combinators.combine(gap, issue).as(Step.Accept::new)),
                net.jqwik.api.Tuple.of(1, Combinators.combine(gap, issue).as(Step.Reject::new)),
                net.jqwik.api.Tuple.of(1, Combinators.combine(gap, issue, Arbitraries.integers().between(0, 999))
                        .as(Step.Summon::new)),
                net.jqwik.api.Tuple.of(1, Combinators.combine(gap, issue, Arbitraries.integers().between(0, 999))
                        .as(Step.CheckIn::new)),
                net.jqwik.api.Tuple.of(1, Combinators.combine(gap, issue, Arbitraries.of(Rating.class))
                        .as(Step.ResolveAndRate::new)),
                net.jqwik.api.Tuple.of(1, Combinators.combine(gap, issue).as(Step.Withdraw::new)),
                // The root and the nodes near it (preorder), so that switches cover many issues.
                net.jqwik.api.Tuple.of(1, Combinators.combine(gap, Arbitraries.integers().between(0, 7),
                        Arbitraries.of(true, false)).as(Step.SwitchMode::new)),
                // Ticks come after longer gaps, up to ten days, so that deadlines fall due and cases escalate.
                net.jqwik.api.Tuple.of(2, Arbitraries.longs().between(60, 60L * 24 * 10).map(Duration::ofMinutes)
                        .map(Step.Tick::new)));
    }

    /**
     * Random histories in a city.
     *
     * @param city     the city
     * @param maxSteps the most steps in a history, at least 1
     * @return histories of 1 to maxSteps steps; shrinking drops steps
     */
    public static Arbitrary<History> histories(City city, int maxSteps) {
        if (maxSteps < 1) {
            throw new IllegalArgumentException("maxSteps must be at least 1, was " + maxSteps);
        }
        return steps(city).list().ofMinSize(1).ofMaxSize(maxSteps).map(History::new);
    }
}
