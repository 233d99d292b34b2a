package org.gridgov.server.http;

/**
 * How a route family writes a refusal: Open311 as {@code <errors><error><code>} or its JSON array, the engine's API
 * as one JSON object. Given the request, so that a format chosen by the path ({@code .xml}) is kept.
 */
@FunctionalInterface
public interface ErrorFormat {
    /** The response carrying the failure. */
    Response render(Request request, HttpFailure failure);
}
