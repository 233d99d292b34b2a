/**
 * Party members and units serving their community (在职党员回家, 双报到、双服务): a member's or a unit's
 * {@link org.gridgov.service.ReportIn} to the community the service policy names (the residence rule, or the
 * employer's pairing), online then confirmed in person with the certificate; micro-wishes ({@link org.gridgov.service.Wish}) residents make and
 * members claim; and {@link org.gridgov.service.ServiceRecord}s a member submits, which count only once the community
 * verified them with the beneficiary or organiser and confirmed them. Each is an append-only timeline with state
 * derived by replay; {@link org.gridgov.service.Ledger} and {@link org.gridgov.service.ServiceRates} are computed
 * from confirmed records only, so they always add up.
 */
package org.gridgov.service;
