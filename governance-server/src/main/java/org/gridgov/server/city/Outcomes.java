package org.gridgov.server.city;

import java.util.Set;
import org.gridgov.engine.CommandOutcome;
import org.gridgov.issue.Rejection;
import org.gridgov.server.http.HttpFailure;

/**
 * A command that was not done, as the HTTP answer: refused by the permissions a {@code 403}, refused by the
 * lifecycle or the rules a {@code 409} with the rejection's code and reason, a concurrent write a {@code 409}
 * {@code conflict} (send it again).
 */
public final class Outcomes {
    private static final Set<String> FORBIDDEN = Set.of("not-permitted", "unknown-actor", "not-self");

    private Outcomes() {
    }

    /** The failure for a refusal or a conflict. */
    public static HttpFailure failure(CommandOutcome outcome) {
        if (outcome instanceof CommandOutcome.Refused refused) {
            return refusal(refused.rejection());
        }
        if (outcome instanceof CommandOutcome.Conflicted) {
            return conflict();
        }
        throw new IllegalArgumentException("a done command is no failure");
    }

    /** The failure for a write another writer beat: nothing was stored, the same command may be sent again. */
    public static HttpFailure conflict() {
        return new HttpFailure(409, "conflict", "另一写入方先写入了同一记录，请重试",
                "another writer changed the same record first; send the command again");
    }

    /** The failure for a rejection. */
    public static HttpFailure refusal(Rejection r) {
        return new HttpFailure(FORBIDDEN.contains(r.code()) ? 403 : 409, r.code(), r.reason().zh(), r.reason().en());
    }
}
