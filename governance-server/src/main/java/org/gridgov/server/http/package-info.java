/**
 * The HTTP plumbing under every route family: requests read with a size limit, routes matched by method and path,
 * failures answered in the family's own error format, a bounded pool that sheds load with {@code 503} instead of
 * queueing without end, and an access log that carries no personal data. Built on the JDK's
 * {@code com.sun.net.httpserver}: no dependency, a start in milliseconds, and nothing the engine's few routes need
 * beyond it.
 */
package org.gridgov.server.http;
