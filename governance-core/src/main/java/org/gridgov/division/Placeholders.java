package org.gridgov.division;

import java.util.Set;

/**
 * The NBS tables keep some divisions that govern nothing themselves, so that every code has its full length:
 * {@code 市辖区} (the districts of a city, grouped), {@code 省直辖县级行政区划} and {@code 自治区直辖县级行政区划}
 * (counties directly under a province, grouped as if they were a city), and the county-level copy of a city
 * without counties (东莞市 4419 has one county, 441900 东莞市). They are kept as nodes, so that codes and
 * paths stay those of the official tables, and marked with the kind {@value #KIND} so that they are explicit: a
 * lookup of 东莞市 finds both the city and its placeholder.
 */
public final class Placeholders {
    /** The kind given to a placeholder division. */
    public static final String KIND = "placeholder";

    private static final Set<String> NAMES = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");

    private Placeholders() {
    }

    /**
     * Whether a division is a placeholder: one of the placeholder names, or a county coded {@code …00} that
     * repeats its parent city's name.
     *
     * @param parent the parent division, or null for a root
     */
    static boolean isPlaceholder(String name, DivisionLevel level, String code, DivisionEntry parent) {
        if (NAMES.contains(name)) {
            return true;
        }
        return level == DivisionLevel.COUNTY && code != null && code.endsWith("00") && parent != null
                && parent.name().equals(name);
    }
}
