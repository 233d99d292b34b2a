/**
 * The city a server serves, as every route family shares it: the engine with its pack, the server's clock, the
 * tokens, the numbering of new cases, and a change counter that live pages wait on.
 */
package org.gridgov.server.city;
