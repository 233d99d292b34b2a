/**
 * Ordinary and emergency mode (平急结合): switches of a city or district with their instants, and the mode they
 * imply for any node at any moment, so that policies apply other limits and routes in emergencies and replays
 * agree.
 */
package org.gridgov.mode;
