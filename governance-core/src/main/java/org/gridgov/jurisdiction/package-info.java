/**
 * Jurisdictions and grids: an immutable tree whose levels each city declares (city → district → street →
 * community → grid → building → unit, or Shuangyashan's six grid levels), with official division codes above
 * the community and the city's own ids below it, dedicated grids for single sites, and the grid layers a
 * merged grid serves. Build one with {@link org.gridgov.jurisdiction.Jurisdiction#builder}; it rejects
 * malformed input with a message naming the offending node.
 */
package org.gridgov.jurisdiction;
