package org.gridgov.profile;

/**
 * An entry of a simple catalogue: a grid layer or an intake channel.
 *
 * @param id   its id
 * @param name display name
 */
public record CatalogEntrySpec(String id, NameSpec name) {
}
