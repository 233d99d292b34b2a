/**
 * The decision SPI: routing (and, with later issues, escalation and evaluation) policies, their requests and
 * decisions, and the explanations every decision carries: the rules that fired, the candidates that lost, a
 * reason in Chinese and English, and the pack version that decided. The core defines these; governance-rules
 * implements them with Drools rule packs.
 */
package org.gridgov.policy;
