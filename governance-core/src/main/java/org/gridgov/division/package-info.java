/**
 * Import of China's official administrative divisions (NBS statistical division codes) into jurisdiction
 * trees, and the stated rule that generates grids below communities when a city has not drawn its own.
 */
package org.gridgov.division;
