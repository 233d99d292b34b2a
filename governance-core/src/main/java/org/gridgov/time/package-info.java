/**
 * Working time: the China work calendar (statutory holidays and adjusted working days of each year, with
 * working hours), time limits as policies state them in natural or working time, and deadlines that can be
 * paused, resumed and extended. Counting is exact: a working day is a day of the calendar, never 24 hours,
 * and a clock started outside office hours counts from the next working period.
 */
package org.gridgov.time;
