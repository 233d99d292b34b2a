/**
 * City profile files: the YAML or JSON in which a city declares its levels, catalogues, jurisdiction
 * source, organizations, people and assignments. The records here mirror the file one to one, so that a
 * profile round-trips and its JSON Schema ({@code city-profile.schema.json}) can be generated from them.
 */
package org.gridgov.profile;
