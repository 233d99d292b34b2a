package org.gridgov.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/**
 * How the command line reads dates, times, months and paths. Picocli's own converters for these put the Java
 * exception in the message ({@code (java.time.format.DateTimeParseException: Text '--day*' could not be parsed at
 * index 1)}); these say in both languages what was expected instead, and nothing of Java. Dates and times are
 * of the years {@value #FIRST_YEAR} to {@value #LAST_YEAR}: an instant at the end of Java's range would overflow
 * as soon as a limit is added to it.
 */
final class Converters {
    /** The first year a date on the command line may have. */
    static final int FIRST_YEAR = 1900;
    /** The last year a date on the command line may have. */
    static final int LAST_YEAR = 2999;

    private Converters() {
    }

    /** Registers the converters on a command line and its subcommands. */
    static CommandLine register(CommandLine cli) {
        cli.registerConverter(LocalDate.class, value -> inRange(value, parse(value, LocalDate::parse,
                "a date such as 2024-03-01", "日期, 例如 2024-03-01").getYear(), LocalDate::parse));
        cli.registerConverter(LocalDateTime.class, value -> inRange(value, parse(value, LocalDateTime::parse,
                "a local time such as 2023-06-15T10:00", "本地时间, 例如 2023-06-15T10:00").getYear(), LocalDateTime::parse));
        cli.registerConverter(YearMonth.class, value -> inRange(value, parse(value, YearMonth::parse,
                "a month such as 2024-05", "月份, 例如 2024-05").getYear(), YearMonth::parse));
        cli.registerConverter(Path.class, Converters::path);
        return cli;
    }

    private static <T> T parse(String value, Function<String, T> parser, String en, String zh) {
        try {
            return parser.apply(value.strip());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + shown(value) + "' is not " + en + " (不是" + zh + ")");
        }
    }

    private static <T> T inRange(String value, int year, Function<String, T> parser) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new TypeConversionException("'" + shown(value) + "' is outside the years " + FIRST_YEAR + " to "
                    + LAST_YEAR + " (年份应在 " + FIRST_YEAR + " 到 " + LAST_YEAR + " 之间)");
        }
        return parser.apply(value.strip());
    }

    private static Path path(String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new TypeConversionException("'" + shown(value) + "' is not a file name (不是有效的文件名)");
        }
    }

    /** A value as shown back: long values cut, control characters made visible. */
    private static String shown(String value) {
        String s = value.length() > 80 ? value.substring(0, 80) + "…" : value;
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
