/**
 * Party-member and unit service decided with a rule pack: the pack's rules match a
 * {@link org.gridgov.rules.facts.VerificationCase}, {@link org.gridgov.rules.facts.ServiceDueCase} or
 * {@link org.gridgov.rules.facts.UnitStandingCase} and ask for what the {@link org.gridgov.service.ServicePolicy}
 * answers, each answer explained with the rules that gave it.
 */
package org.gridgov.rules.service;
