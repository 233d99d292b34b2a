/** Tests of the layout of governance-rules. */
package org.gridgov.rules.architecture;
