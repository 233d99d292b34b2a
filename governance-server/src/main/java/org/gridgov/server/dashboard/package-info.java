/**
 * The command centre's live page (指挥中心大屏): the tree (street → community → grid) with open and overdue counts,
 * overdue and escalated cases with their explanation, report-ins pending with their deadlines, and the month's
 * street ranking as a chart, in Chinese or English. One page and its script, served from the jar with Chart.js
 * (no network); it refreshes when the server announces a change over server-sent events, and polls if those fail.
 * Read-only and masked, so it needs no token.
 */
package org.gridgov.server.dashboard;
