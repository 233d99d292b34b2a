/**
 * The {@code gridgov} command line for developers and policy staff. Subcommands print results and problems
 * for people (file, line, field; Chinese or English) and return meaningful exit codes.
 */
package org.gridgov.cli;
