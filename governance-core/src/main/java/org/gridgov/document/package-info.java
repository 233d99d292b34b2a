/**
 * Documents people write: YAML and JSON files read with Jackson, with every problem located by file, line,
 * column and field path and described in Chinese and English. City profiles and division files are read
 * through here so that bad input never reaches a user as a stack trace.
 */
package org.gridgov.document;
