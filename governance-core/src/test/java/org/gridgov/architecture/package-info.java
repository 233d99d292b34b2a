/** Architecture tests of governance-core. */
package org.gridgov.architecture;
