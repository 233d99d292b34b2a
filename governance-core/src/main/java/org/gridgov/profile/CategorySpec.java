package org.gridgov.profile;

/**
 * An issue category.
 *
 * @param id     its id, e.g. {@code environment.noise}
 * @param name   display name, e.g. {@code 噪音扰民}
 * @param parent the parent category's id; absent for a top-level category
 * @param layer  the id of the layer (net, 网) the category belongs to, one of the profile's {@code layers};
 *               absent to take the parent's
 */
public record CategorySpec(String id, NameSpec name, String parent, String layer) {
}
