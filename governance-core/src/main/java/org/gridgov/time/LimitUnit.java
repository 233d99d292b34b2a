package org.gridgov.time;

import org.gridgov.i18n.Bilingual;

/** The units a time limit is counted in: natural time, or working time of a {@link WorkCalendar}. */
public enum LimitUnit {
    MINUTES(false, Bilingual.of("分钟", "minute")),
    HOURS(false, Bilingual.of("小时", "hour")),
    DAYS(false, Bilingual.of("天", "day")),
    WORKING_HOURS(true, Bilingual.of("个工作小时", "working hour")),
    WORKING_DAYS(true, Bilingual.of("个工作日", "working day"));

    private final boolean working;
    private final Bilingual name;

    LimitUnit(boolean working, Bilingual name) {
        this.working = working;
        this.name = name;
    }

    /** True for units counted in working time. */
    public boolean isWorking() {
        return working;
    }

    /** The unit's name, singular in English. */
    public Bilingual displayName() {
        return name;
    }
}
