/**
 * Evaluation reports: JSON with every score line and the cases behind it, CSV rankings, and a self-contained
 * HTML page with a ranking chart, the monthly trend of the three rates and the worst cases with their timelines.
 */
package org.gridgov.report;
