package org.gridgov.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One JSON line per request on the logger {@code org.gridgov.server.access}: method, the route's pattern (not the
 * path, which may hold ids of people), status, bytes, milliseconds and the principal's id. No query, body, address
 * or header is logged, so no personal data reaches the log.
 */
final class AccessLog {
    private static final Logger LOG = LoggerFactory.getLogger("org.gridgov.server.access");
    private static final ObjectMapper JSON = new ObjectMapper();

    private AccessLog() {
    }

    static void write(String method, String route, int status, long bytes, long nanos, String principal) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        ObjectNode line = JSON.createObjectNode();
        line.put("method", method);
        line.put("route", route);
        line.put("status", status);
        line.put("bytes", bytes);
        line.put("ms", nanos / 1_000_000.0);
        line.put("principal", principal);
        LOG.info(line.toString());
    }
}
