package org.gridgov.profile;

/**
 * An issue category.
 *
 * @param id     its id, e.g. {@code environment.noise}
 * @param name   display name, e.g. {@code 噪音扰民}
 * @param parent the parent category's id; absent for a top-level category
 */
public record CategorySpec(String id, NameSpec name, String parent) {
}
