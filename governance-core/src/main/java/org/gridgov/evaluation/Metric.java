package org.gridgov.evaluation;

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

    /** The name shown to people. */
    public Bilingual displayName() {
        return displayName;
    }
}
