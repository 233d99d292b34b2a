package org.gridgov.server.open311;

import java.util.Optional;
import org.gridgov.issue.IssueId;

/**
 * GeoReport's request tokens. A report is given its id at once, so its token is that id with a prefix and
 * {@code GET tokens/{token}} answers it: nothing to keep, and the same after a restart.
 */
final class Tokens {
    private static final String PREFIX = "t-";

    private Tokens() {
    }

    static String of(IssueId id) {
        return PREFIX + id.value();
    }

    static Optional<String> issueOf(String token) {
        return token.startsWith(PREFIX) && token.length() > PREFIX.length()
                ? Optional.of(token.substring(PREFIX.length())) : Optional.empty();
    }
}
