/**
 * Deliberation: people deciding together (五方共议, 小板凳议事会, 党建联盟联席会议, 社区听证). A {@link
 * org.gridgov.deliberation.Body} with seats, cadence, quorum and majority rules meets; an {@link
 * org.gridgov.deliberation.Item} (议题) goes from proposal through tabling, a {@link org.gridgov.deliberation.Meeting}
 * with attendance and votes, a resolution whose tasks become issues, the report back and its evaluation. Both are
 * append-only timelines whose state is derived by replay, like an issue's; counting votes ({@link
 * org.gridgov.deliberation.Tally}) keeps every vote and says why a motion does or does not carry. What a city
 * decides (which items a body must take, limits, stricter majorities, escalation, scoring) is a {@link
 * org.gridgov.deliberation.DeliberationPolicy}; the engine package runs the commands.
 */
package org.gridgov.deliberation;
