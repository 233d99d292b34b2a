/**
 * The data of evaluation reports (rankings, trends, the worst cases with their timelines) and timelines as
 * bilingual text. Writing them as HTML, JSON or CSV is governance-report's ({@code org.gridgov.report.writer}).
 */
package org.gridgov.report;
