/**
 * Which rule asked for what: rule actions only append proposals to the fact they matched, and a listener cuts
 * the list at each firing, so that decisions can be explained rule by rule without rules naming themselves.
 */
package org.gridgov.rules.firing;
