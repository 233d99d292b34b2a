package org.gridgov.jurisdiction;

/** Whether a level is part of the state administration or of the city's own grid system. */
public enum LevelKind {
    /** A level with official division codes: city, district/county, street/town, community/village. */
    ADMINISTRATIVE,
    /** A level the city draws itself below the community: grid, zone, building, unit... */
    GRID
}
