package org.gridgov.rules.routing;

import org.gridgov.category.Category;
import org.gridgov.city.City;
import org.gridgov.i18n.Bilingual;
import org.gridgov.rules.firing.FiringBudget;

/** The one-sentence reasons of routing decisions, in Chinese and English. */
final class Reasons {
    private Reasons() {
    }

    /**
     * E.g. {@code 路面破损（城市管理类）由兴华街道城管科承办：规则“道路设施归街道城管”} /
     * {@code Road damage (city management) is handled by Xinghua street city management section: rule “…”}.
     *
     * @param what the category as {@link #what} says it
     */
    static Bilingual sentence(Bilingual what, Choice choice) {
        Bilingual who = choice.winner.name();
        String zh;
        String en;
        if (choice.fallback) {
            zh = what.zh() + "没有规则匹配，由" + who.zh() + "兜底承办";
            en = "no rule matched " + what.en() + "; the fallback owner " + who.en() + " takes it";
        } else if (choice.upAfterRejection) {
            zh = what.zh() + "由" + who.zh() + "承办：下级退单后上提一级";
            en = what.en() + " is handled by " + who.en() + ": moved one level up after the dispatch was rejected";
        } else {
            String rule = choice.winning.firing().rule();
            zh = what.zh() + "由" + who.zh() + "承办：规则“" + rule + "”";
            en = what.en() + " is handled by " + who.en() + ": rule “" + rule + "”";
        }
        if (choice.escalatedTo != null) {
            zh += "；升级至" + choice.escalatedTo.name().zh() + "（吹哨）";
            en += "; escalated to " + choice.escalatedTo.name().en() + " (whistle)";
        }
        if (choice.lift != null) {
            zh += "；规则“" + choice.lift.firing().rule() + "”提级";
            en += "; raised by rule “" + choice.lift.firing().rule() + "”";
        }
        int rejections = choice.request.rejected().size();
        if (rejections > 0) {
            zh += "（" + rejections + "次退单后改派）";
            en += " (re-routed after " + rejections + " rejection" + (rejections == 1 ? "" : "s") + ")";
        }
        return Bilingual.of(zh, en);
    }

    /**
     * The reason of a decision whose rules the firing budget stopped: {@code 路面破损（城市管理类）由兴华街道办事处兜底承办：
     * 规则“…”在一次决定中触发了 10000 次仍未停止（…），已被中止}.
     */
    static Bilingual stopped(Bilingual what, Choice choice, FiringBudget.Incident incident) {
        Bilingual who = choice.winner.name();
        Bilingual why = incident.text();
        return Bilingual.of(what.zh() + "由" + who.zh() + "兜底承办：" + why.zh(),
                what.en() + " goes to the fallback owner " + who.en() + ": " + why.en());
    }

    /** {@code 路面破损（城市管理类）} for a subcategory, {@code 城市管理类事项} for a top-level one. */
    static Bilingual what(City city, Category category) {
        var ancestors = city.categories().ancestors(category.id());
        if (ancestors.isEmpty()) {
            return Bilingual.of(category.name().zh() + "类事项", category.name().en());
        }
        Category top = ancestors.get(ancestors.size() - 1);
        return Bilingual.of(category.name().zh() + "（" + top.name().zh() + "类）",
                category.name().en() + " (" + top.name().en() + ")");
    }
}
