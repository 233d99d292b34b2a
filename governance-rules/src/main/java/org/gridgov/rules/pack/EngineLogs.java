package org.gridgov.rules.pack;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the engine's own log lines away from people. Drools logs every compile error itself ({@code ERROR
 * KieProject - Unable to build KieBaseModel} followed by some thirty frames of JavaParser) and announces every
 * KieBase it creates; the library already reports each of those errors as a located {@link PackProblem}, so the log
 * lines only repeat them, out of place, in the engine's words, on the terminal of the command line, the scenario
 * runner or a host.
 *
 * <p>SLF4J has no API to set another library's level, so this speaks to the binding on the class path: slf4j-simple
 * (the command line's and the tests'), Logback and java.util.logging. For each, the loggers under the engine's
 * packages ({@link #ENGINE}) are switched off unless the host configured them itself. With another binding (Log4j 2,
 * say) the host sets those loggers to {@code OFF} in its own configuration, as {@code docs/pack-problems.md} shows. Drools' message
 * texts are logged instead at debug level of the library's logger {@value #LIBRARY}, where a developer finds them;
 * when that logger is at debug, the engine's loggers are left alone as well, so debugging shows everything.
 */
final class EngineLogs {
    /** The library's logger for what the engine said. */
    static final String LIBRARY = "org.gridgov.rules.engine";
    /** Logger names the engine and its parsers log under. */
    static final List<String> ENGINE = List.of("org.drools", "org.kie", "org.mvel2", "com.github.javaparser",
            "org.apache.poi");
    static final Logger LOG = LoggerFactory.getLogger(LIBRARY);
    private static final String SIMPLE_PREFIX = "org.slf4j.simpleLogger.log.";
    /** Java keeps only weak references to its loggers: the switched-off ones must stay reachable. */
    private static final List<java.util.logging.Logger> KEPT = new ArrayList<>();
    private static boolean quiet;

    private EngineLogs() {
    }

    /**
     * Switches the engine's loggers off, once per JVM; cheap to call again. Call it before the engine is first
     * used, so that the slf4j-simple binding creates Drools' loggers already switched off.
     */
    static synchronized void quiet() {
        if (quiet || LOG.isDebugEnabled()) {
            return;
        }
        quiet = true;
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        try {
            switch (factory.getClass().getName()) {
                case "org.slf4j.simple.SimpleLoggerFactory" -> quietSimple(factory);
                case "ch.qos.logback.classic.LoggerContext" -> quietLogback(factory);
                case "org.slf4j.jul.JDK14LoggerFactory" -> ENGINE.forEach(EngineLogs::quietJul);
                default -> LOG.debug("no way known to quiet the engine's loggers for {}", factory.getClass());
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // A binding of another version than expected: the engine's lines may show, nothing else goes wrong.
            LOG.debug("could not quiet the engine's loggers for {}", factory.getClass(), e);
        }
    }

    /**
     * slf4j-simple reads a logger's level from system properties (before its {@code simplelogger.properties}) when
     * the logger is created: the properties switch off the loggers still to come, and the loggers already made
     * (the engine used before the library) are switched off in place.
     */
    static void quietSimple(ILoggerFactory factory) throws ReflectiveOperationException {
        Properties file = simpleLoggerFile();
        List<String> switchedOff = new ArrayList<>();
        for (String prefix : ENGINE) {
            String key = SIMPLE_PREFIX + prefix;
            if (System.getProperty(key) == null && !file.containsKey(key)) {
                System.setProperty(key, "off");
                switchedOff.add(prefix);
            }
        }
        Field map = factory.getClass().getDeclaredField("loggerMap");
        map.setAccessible(true);
        Class<?> simpleLogger = Class.forName("org.slf4j.simple.SimpleLogger");
        Field level = simpleLogger.getDeclaredField("currentLogLevel");
        level.setAccessible(true);
        Field off = simpleLogger.getDeclaredField("LOG_LEVEL_OFF");
        off.setAccessible(true);
        for (Map.Entry<?, ?> e : ((Map<?, ?>) map.get(factory)).entrySet()) {
            if (switchedOff.stream().anyMatch(p -> under(String.valueOf(e.getKey()), p))) {
                level.setInt(e.getValue(), off.getInt(null));
            }
        }
    }

    private static Properties simpleLoggerFile() {
        Properties p = new Properties();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        // slf4j-simple looks in the same places: the context class loader, else the system class loader.
        try (InputStream in = loader != null ? loader.getResourceAsStream("simplelogger.properties")
                : ClassLoader.getSystemResourceAsStream("simplelogger.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            LOG.debug("simplelogger.properties unreadable", e);
        }
        return p;
    }

    /** Logback: a logger without a level of its own inherits one; only those are switched off. */
    private static void quietLogback(ILoggerFactory context) throws ReflectiveOperationException {
        Class<?> levelClass = Class.forName("ch.qos.logback.classic.Level", true, context.getClass().getClassLoader());
        Object off = levelClass.getField("OFF").get(null);
        Method getLogger = context.getClass().getMethod("getLogger", String.class);
        for (String prefix : ENGINE) {
            Object logger = getLogger.invoke(context, prefix);
            if (logger.getClass().getMethod("getLevel").invoke(logger) == null) {
                logger.getClass().getMethod("setLevel", levelClass).invoke(logger, off);
            }
        }
    }

    /** java.util.logging: loggers without a level of their own are switched off. */
    private static void quietJul(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        if (logger.getLevel() == null) {
            logger.setLevel(java.util.logging.Level.OFF);
            KEPT.add(logger);
        }
    }

    private static boolean under(String name, String prefix) {
        return name.equals(prefix) || name.startsWith(prefix + ".");
    }
}
