package org.gridgov.metrics;

import org.gridgov.i18n.Bilingual;

/**
 * The rates a {@link MetricReport} holds. Their definitions are on {@link Metrics}. Weights and targets are not
 * here: they vary by city and year and belong to a pack's settings.
 */
public enum Metric {
    /** 响应率: received cases accepted within their limit. */
    RESPONSE("响应率", "response rate"),
    /** 解决率: received cases resolved. */
    RESOLUTION("解决率", "resolution rate"),
    /** 按时办结率: resolved cases resolved within their resolve limit every time. */
    ON_TIME_RESOLUTION("按时办结率", "on-time resolution rate"),
    /** 满意率: rated cases whose latest rating is satisfied or basically satisfied. */
    SATISFACTION("满意率", "satisfaction rate"),
    /** 重办率: resolved cases reopened after a resolution. */
    REOPENING("重办率", "reopen rate"),
    /** 退单率: received cases with a rejected dispatch. */
    DISPATCH_REJECTION("退单率", "rejected-dispatch rate"),
    /** 按时报到率: summons with a report-in limit that were met; counts summons, not cases. */
    REPORT_IN_PUNCTUALITY("按时报到率", "report-in punctuality"),
    /** 回访接通率: callback attempts that reached the reporter; counts attempts, not cases. */
    CALLBACK_REACH("回访接通率", "callback reach");

    private final Bilingual displayName;

    Metric(String zh, String en) {
        this.displayName = Bilingual.of(zh, en);
    }

    /**
     * The key packs use for this metric in their settings: {@code response}, {@code resolution},
     * {@code onTimeResolution}, {@code satisfaction}, {@code reopening}, {@code dispatchRejection},
     * {@code reportInPunctuality}, {@code callbackReach}.
     */
    public String key() {
        String[] words = name().toLowerCase(java.util.Locale.ROOT).split("_");
        StringBuilder out = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            out.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return out.toString();
    }

    /** The metric with a settings key, if any. */
    public static java.util.Optional<Metric> ofKey(String key) {
        return java.util.Arrays.stream(values()).filter(m -> m.key().equals(key)).findFirst();
    }

    /** The name shown to people. */
    public Bilingual displayName() {
        return displayName;
    }
}
