package org.gridgov.server.open311;

import org.gridgov.city.City;
import org.gridgov.server.http.HttpFailure;
import org.gridgov.server.http.Request;

/** {@code jurisdiction_id}, where given, must be the served city's id; an empty one is refused, not ignored. */
final class JurisdictionCheck {
    private JurisdictionCheck() {
    }

    static void check(Request request, City city) {
        if (!request.params().containsKey("jurisdiction_id")) {
            return;
        }
        String given = request.params().get("jurisdiction_id").get(0).strip();
        if (!given.equals(city.id())) {
            throw new HttpFailure(404, "unknown-jurisdiction", "本服务只服务 " + city.id(),
                    "this server serves the jurisdiction " + city.id() + " only");
        }
    }
}
