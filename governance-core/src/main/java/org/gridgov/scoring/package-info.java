/**
 * Scoring: scorecards whose every point is traceable to a rule, the cases and the event it rests on, rankings
 * per level and period, and the evaluation policy SPI that city packs implement with their own weights,
 * deductions, bonuses, exclusions and grade bands.
 */
package org.gridgov.scoring;
