/**
 * Who is calling: API tokens, kept in a tokens file only as SHA-256 digests, each naming a principal (an id for the
 * logs) and the {@link org.gridgov.actor.Actor} its commands are issued as. The engine's permissions then decide
 * what that actor may do; here only "who", never "what". No token, no write.
 */
package org.gridgov.server.auth;
