package org.gridgov.time;

import com.google.common.collect.ImmutableMap;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.gridgov.document.DocumentException;
import org.gridgov.document.DocumentProblem;
import org.gridgov.i18n.Bilingual;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A country's holidays and adjusted working days for the years it covers, read from a data file of lines
 * {@code date,kind,中文名,English name} (kind {@code holiday} or {@code workday}) with one {@code covers,FIRST,LAST}
 * line and {@code #} comments.
 *
 * <p>Asking about a date in a year the table does not cover logs a warning, once per year and table, so that
 * a calendar running past its data is noticed rather than silently wrong.
 */
public final class HolidayTable {
    private static final Logger LOG = LoggerFactory.getLogger(HolidayTable.class);

    private final String source;
    private final int firstYear;
    private final int lastYear;
    private final ImmutableMap<LocalDate, SpecialDay> days;
    private final Set<Integer> warned = ConcurrentHashMap.newKeySet();

    private HolidayTable(String source, int firstYear, int lastYear, Map<LocalDate, SpecialDay> days) {
        this.source = source;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.days = ImmutableMap.copyOf(days);
    }

    /** A table that covers no year: every date follows the weekday rule (with a warning). */
    public static HolidayTable empty() {
        return new HolidayTable("(none)", 1, 0, Map.of());
    }

    /**
     * Reads a table.
     *
     * @param file its name, for problems
     * @param text its content
     * @throws DocumentException naming the line of every malformed entry, a date outside the covered years,
     *                           a date listed twice, or a missing {@code covers} line
     */
    public static HolidayTable parse(String file, String text) throws DocumentException {
        List<DocumentProblem> problems = new ArrayList<>();
        Map<LocalDate, SpecialDay> days = new HashMap<>();
        int first = 0;
        int last = -1;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(",", -1);
            try {
                if (f[0].equals("covers") && f.length == 3) {
                    if (last >= first) {
                        throw new IllegalArgumentException("a second 'covers' line");
                    }
                    first = Integer.parseInt(f[1].strip());
                    last = Integer.parseInt(f[2].strip());
                    continue;
                }
                if (f.length != 4 || !(f[1].equals("holiday") || f[1].equals("workday"))) {
                    throw new IllegalArgumentException("expected 'date,holiday|workday,中文名,English name'");
                }
                LocalDate date = LocalDate.parse(f[0].strip());
                SpecialDay day = new SpecialDay(date, f[1].equals("workday"), Bilingual.of(f[2].strip(), f[3].strip()));
                if (days.putIfAbsent(date, day) != null) {
                    throw new IllegalArgumentException("date " + date + " is listed twice");
                }
            } catch (DateTimeException | IllegalArgumentException e) {
                problems.add(new DocumentProblem(file, i + 1, 1, "", Bilingual.of("无法识别的行: " + e.getMessage(),
                        "malformed line: " + e.getMessage())));
            }
        }
        if (last < first) {
            problems.add(new DocumentProblem(file, 0, 0, "covers", Bilingual.of("缺少 covers,起始年,结束年 行",
                    "missing a 'covers,FIRST,LAST' line naming the years the file is complete for")));
        }
        for (LocalDate d : days.keySet()) {
            if (last >= first && (d.getYear() < first || d.getYear() > last)) {
                problems.add(new DocumentProblem(file, 0, 0, d.toString(), Bilingual.of("日期超出 covers 所述年份",
                        "date outside the years of the 'covers' line")));
            }
        }
        if (!problems.isEmpty()) {
            throw new DocumentException(problems);
        }
        return new HolidayTable(file, first, last, days);
    }

    /** True if the table is complete for this year. */
    public boolean covers(int year) {
        return year >= firstYear && year <= lastYear;
    }

    /** The first and last year covered, e.g. {@code 2010–2026}; empty for an empty table. */
    public String coveredYears() {
        return lastYear < firstYear ? "" : firstYear + "–" + lastYear;
    }

    /**
     * The special day on a date, if any. For a date in a year the table does not cover, logs a warning the
     * first time that year is asked about and answers empty.
     */
    public Optional<SpecialDay> find(LocalDate date) {
        int year = date.getYear();
        if (!covers(year) && warned.add(year)) {
            LOG.warn("The holiday table {} covers {} but not {}: dates of {} follow the weekday rule only "
                    + "(节假日数据不含 {} 年, 按普通周一至周五计算)", source, coveredYears(), year, year, year);
        }
        return Optional.ofNullable(days.get(date));
    }

    /** Where the table was read from. */
    public String source() {
        return source;
    }

    /** The number of special days listed. */
    public int size() {
        return days.size();
    }
}
