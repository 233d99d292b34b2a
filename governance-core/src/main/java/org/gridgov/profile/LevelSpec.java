package org.gridgov.profile;

/**
 * A level of the city's scheme.
 *
 * @param id       the level's id, e.g. {@code street}
 * @param name     display name
 * @param kind     {@code administrative} or {@code grid}
 * @param division for administrative levels filled from a division file, which division level becomes this
 *                 one: {@code city}, {@code county}, {@code street} or {@code community}
 */
public record LevelSpec(String id, NameSpec name, String kind, String division) {
}
