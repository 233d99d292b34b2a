/**
 * Validation problems shared by every builder of the model. A builder collects all problems before it
 * fails, and each names its element and field so that profile readers can point at the file and line.
 */
package org.gridgov.validation;
