/**
 * Issue categories: each city's tree of what issues are about, with Chinese and English names. Routing and
 * time-limit rules match a category or any of its ancestors, so a rule for a parent covers its children.
 */
package org.gridgov.category;
