/**
 * Personal data kept private (个人信息保护): the one place that masks phone numbers, resident ID numbers and
 * names the way Chinese platforms show them ({@code 138****5678}, {@code 220202********123X}, {@code 王**}), and
 * free text, in which every phone-like or ID-like number is masked so. Everything that leaves the engine —
 * event-log exports, reports, the command line, logs and exception texts — goes through it.
 */
package org.gridgov.privacy;
