/**
 * A city assembled from its profile: the jurisdiction tree (from official divisions plus generated or
 * declared grids), catalogues, organizations, people and roster, all cross-checked, with every problem
 * located in the profile by file, line and field path.
 */
package org.gridgov.city;
