/**
 * Rule packs on Drools 10: compiling a city's policy files (DRL, decision tables, Chinese DSL) with precise
 * errors, and implementing the routing, escalation and evaluation policies that governance-core defines.
 * The module depends on Drools so that governance-core never has to.
 */
package org.gridgov.rules;
