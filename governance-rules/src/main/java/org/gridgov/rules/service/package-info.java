/**
 * Party-member and unit service decided with a rule pack: the pack's rules match a
 * {@link org.gridgov.rules.facts.DestinationCase} (where a member reports in), a
 * {@link org.gridgov.rules.facts.MatchCase} (a need and a resource), a {@link org.gridgov.rules.facts.VerifierCase}
 * (who verifies) or {@link org.gridgov.rules.facts.VerificationCase} (by when), a
 * {@link org.gridgov.rules.facts.ServiceDueCase}, a {@link org.gridgov.rules.facts.UnitStandingCase} or a
 * {@link org.gridgov.rules.facts.MemberQuarterCase}, and ask for what the {@link org.gridgov.service.ServicePolicy}
 * answers, each answer explained with the rules that gave it.
 */
package org.gridgov.rules.service;
