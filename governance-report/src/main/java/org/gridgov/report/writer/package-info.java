/**
 * Evaluation reports written out: JSON with every score line and the cases behind it, CSV rankings, and a
 * self-contained HTML page (Chart.js inlined) with a ranking chart, the monthly trend of the three rates and the
 * worst cases with their timelines. Presentation lives here, out of governance-core, which keeps the report's data.
 */
package org.gridgov.report.writer;
