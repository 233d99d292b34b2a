package org.gridgov.rules.pack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The slf4j-simple binding of the tests and the command line: how the engine's loggers are switched off. */
class EngineLogsTest {
    private static final String MVEL = "org.slf4j.simpleLogger.log.org.mvel2";
    private static final String POI = "org.slf4j.simpleLogger.log.org.apache.poi";
    private final String mvel = System.getProperty(MVEL);
    private final String poi = System.getProperty(POI);

    @AfterEach
    void restore() {
        restore(MVEL, mvel);
        restore(POI, poi);
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    @Test
    void anEngineLoggerMadeBeforeTheLibraryWasFirstUsedIsSwitchedOffToo() throws ReflectiveOperationException {
        System.clearProperty(MVEL);
        Logger early = LoggerFactory.getLogger("org.mvel2.EarlyForTheTest");
        assertThat(early.isErrorEnabled()).as("made while nothing switched it off").isTrue();

        EngineLogs.quietSimple(LoggerFactory.getILoggerFactory());

        assertThat(early.isErrorEnabled()).isFalse();
        assertThat(LoggerFactory.getLogger("org.mvel2.LaterForTheTest").isErrorEnabled()).isFalse();
        assertThat(LoggerFactory.getLogger("org.mvel2x.NotTheEngine").isErrorEnabled()).isTrue();
    }

    @Test
    void aLevelTheHostChoseForAnEngineLoggerIsKept() throws ReflectiveOperationException {
        System.setProperty(POI, "warn");
        Logger chosen = LoggerFactory.getLogger("org.apache.poi.ChosenForTheTest");

        EngineLogs.quietSimple(LoggerFactory.getILoggerFactory());

        assertThat(System.getProperty(POI)).isEqualTo("warn");
        assertThat(chosen.isWarnEnabled()).isTrue();
        assertThat(chosen.isInfoEnabled()).isFalse();
    }
}
