/**
 * Where things lie on the map: points and the areas a profile gives its grids, so a report that carries a
 * coordinate (an app's GPS fix, an Open311 {@code lat}/{@code long}) finds its grid. Coordinates are in whatever
 * system the profile's areas use (WGS-84 or the GCJ-02 most Chinese maps show); the library never converts.
 */
package org.gridgov.geo;
