/**
 * Bilingual text. Display names, reasons and messages meant for people are written in Chinese with an
 * English counterpart, so every user-facing value in the library carries both and a locale picks one.
 */
package org.gridgov.i18n;
