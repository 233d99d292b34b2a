/**
 * governance-report as a named module: the evaluation report written as JSON, CSV and self-contained HTML.
 * Chart.js comes from its WebJar, a resource-only jar without a module name of its own; it is required by the name
 * derived from its file ({@code chart.js}) so that it is resolved on the module path and its script can be inlined.
 */
module org.gridgov.report.writer {
    requires transitive org.gridgov.core;
    requires chart.js;
    exports org.gridgov.report.writer;
}
