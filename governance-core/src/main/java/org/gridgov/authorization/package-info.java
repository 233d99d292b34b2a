/**
 * Who may do what (权限): every command to the engine is decided by the city's permissions before it changes
 * anything. A {@link org.gridgov.authorization.Permissions} matrix of {@link org.gridgov.authorization.Grant}s —
 * data, like routing policy, shipped as a standard matrix and overridable by a city's pack — grants commands to
 * system principals (the hotline, the platform), to residents, or to people by the roles the roster says they hold
 * at the command's instant (A/B backup included) and where the case lies or how they stand to it (owner,
 * co-handler, summoned party, reporter). Deny by default: a command no grant covers is refused with a bilingual
 * reason, and nothing is appended.
 */
package org.gridgov.authorization;
