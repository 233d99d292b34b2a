package org.gridgov.rules.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.rules.pack.TestPacks.family;
import static org.gridgov.rules.pack.TestPacks.fire;
import static org.gridgov.rules.pack.TestPacks.load;
import static org.gridgov.rules.pack.TestPacks.loaded;
import static org.gridgov.rules.pack.TestPacks.routingCase;

import java.util.List;
import java.util.Optional;
import org.gridgov.i18n.Bilingual;
import org.gridgov.rules.facts.Proposal;
import org.junit.jupiter.api.Test;

/** The committed family of packs: {@code city} extends {@code base}, overrides one rule and disables another. */
class CityPackOverridesAndDisablesBaseRulesTest {

    @Test
    void onlyTheCitysVersionOfAnOverriddenRuleFires() {
        CompiledPack city = loaded(load(family("city")));

        TestPacks.Firing f = fire(city.kieBase(), routingCase(List.of("garbage", "environment"), "app", 1));

        assertThat(f.rules()).containsExactly("org.gridgov.packs.city:环境类事件社区处理");
        assertThat(f.proposals()).extracting(Proposal::kind, Proposal::level)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Proposal.Kind.HANDLE, "street"));
    }

    @Test
    void theBaseAloneStillFiresItsOwnVersion() {
        CompiledPack base = loaded(load(family("base")));

        TestPacks.Firing f = fire(base.kieBase(), routingCase(List.of("garbage", "environment"), "app", 3));

        assertThat(f.rules()).containsExactlyInAnyOrder("org.gridgov.packs.base:环境类事件社区处理",
                "org.gridgov.packs.base:严重事件至少到街道");
    }

    @Test
    void aDisabledRuleDoesNotFire() {
        CompiledPack city = loaded(load(family("city")));

        TestPacks.Firing f = fire(city.kieBase(), routingCase(List.of("noise"), "phone", 4));

        assertThat(f.rules()).containsExactly("org.gridgov.packs.base:噪音扰民街道处理");
        assertThat(city.rules()).doesNotContainKey("严重事件至少到街道");
        assertThat(city.manifest().disabledRules()).containsExactly("严重事件至少到街道");
    }

    @Test
    void ruleMetadataGivesDescriptionsAndPriority() {
        CompiledPack city = loaded(load(family("city")));

        assertThat(city.rules().get("环境类事件社区处理")).isEqualTo(new RuleInfo("环境类事件社区处理", "city",
                "org.gridgov.packs.city", "rules/city.drl",
                Bilingual.of("本市: 环境类事件由街道处理", "This city: environment issues go to the street"), 20));
        RuleInfo noise = city.rules().get("噪音扰民街道处理");
        assertThat(noise.description()).isEqualTo(Bilingual.zh("噪音扰民街道处理"));
        assertThat(noise.priority()).isZero();
        assertThat(noise.packId()).isEqualTo("base");
        assertThat(city.rules().get("安全类事件网格处理").description())
                .isEqualTo(Bilingual.zh("安全类事件由网格处理, 时限两小时"));
    }

    @Test
    void aChineseDslSentenceRuleFires() {
        CompiledPack city = loaded(load(family("city")));

        TestPacks.Firing f = fire(city.kieBase(), routingCase(List.of("fire-hazard", "safety"), "app", 1));

        assertThat(f.rules()).containsExactly("org.gridgov.packs.base:安全类事件网格处理");
        assertThat(f.proposals()).extracting(Proposal::kind, Proposal::level, Proposal::limit).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Proposal.Kind.HANDLE, "grid", Optional.empty()),
                org.assertj.core.groups.Tuple.tuple(Proposal.Kind.LIMIT, "", Optional.of("2小时")));
    }

    @Test
    void aCsvDecisionTableRowFires() {
        CompiledPack city = loaded(load(family("city")));

        TestPacks.Firing f = fire(city.kieBase(), routingCase(List.of("other"), "hotline", 2));

        assertThat(f.rules()).containsExactly("org.gridgov.packs.city:Hotline_6");
        assertThat(f.proposals()).extracting(Proposal::kind, Proposal::level, Proposal::organizationType)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Proposal.Kind.CO_HANDLE, "district",
                        Optional.of("hotline-center")));
    }

    @Test
    void aBomInTheDslIsStrippedWithAWarningAndTheSentencesStillWork() {
        CompiledPack city = loaded(load(family("city")));

        assertThat(city.warnings()).filteredOn(w -> w.file().equals("rules/zh.dsl") && w.line() == 1)
                .singleElement().satisfies(w -> {
                    assertThat(w.pack()).isEqualTo("base");
                    assertThat(w.message().en()).contains("byte-order mark");
                });
        assertThat(city.rules()).containsKey("安全类事件网格处理");
    }

    @Test
    void anUnusedDslSentenceIsAWarningAtItsLine() {
        CompiledPack city = loaded(load(family("city")));

        assertThat(city.warnings()).filteredOn(w -> w.message().en().contains("not used"))
                .singleElement().satisfies(w -> {
                    assertThat(w.file()).isEqualTo("rules/zh.dsl");
                    assertThat(w.line()).isEqualTo(3);
                    assertThat(w.message().zh()).contains("事件来自{ch:\\S+}渠道");
                });
    }

    @Test
    void theEffectiveManifestMergesSettingsAndNamesTheLineage() {
        CompiledPack city = loaded(load(family("city")));

        assertThat(city.manifest().id()).isEqualTo("city");
        assertThat(city.manifest().settings().at("/timeLimits/environment").asText()).isEqualTo("12 小时");
        assertThat(city.manifest().settings().at("/timeLimits/safety").asText()).isEqualTo("2 小时");
        assertThat(city.manifest().settings().at("/escalation/maxLevel").asText()).isEqualTo("city");
        assertThat(city.lineage()).extracting(PackManifest::id).containsExactly("city", "base");
        assertThat(city.version().packId()).isEqualTo("city");
        assertThat(city.version().version()).isEqualTo("2024.1");
        assertThat(city.version().contentHash()).hasSize(64);
        assertThat(city.rules().keySet()).containsExactlyInAnyOrder("环境类事件社区处理", "噪音扰民街道处理",
                "安全类事件网格处理", "Hotline_6", "Hotline_7");
    }
}
