/**
 * Organizations of a city: a type catalogue (party bodies, residents' and owners' committees, property
 * companies, resident units, police, departments, teams), organizations attached to jurisdiction nodes, the
 * parallel party chain that mirrors the levels (街道党工委—社区党委—小区党支部—网格党小组), alliances such as the
 * "big party committee" (大党委) at any level, and joint-building pairings (结对共建) between units and
 * communities. Build an {@link org.gridgov.organization.Organizations} directory with its builder, which
 * reports every problem at once.
 */
package org.gridgov.organization;
