package org.gridgov.server.auth;

import org.gridgov.server.http.HttpFailure;
import org.gridgov.server.http.Principal;
import org.gridgov.server.http.Request;

/**
 * Finds the principal of a request: {@code Authorization: Bearer <token>}, or GeoReport's {@code api_key}
 * parameter. No or an unknown token is a {@code 401}; the token itself is never logged or echoed.
 */
public final class Authenticate {
    private Authenticate() {
    }

    /**
     * The principal, recorded for the access log.
     *
     * @throws HttpFailure 401 if the request carries no token these tokens know
     */
    public static ApiPrincipal require(Request request, ApiTokens tokens) {
        String token = request.header("authorization").filter(h -> h.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(h -> h.substring(7).strip()).or(() -> request.param("api_key")).orElse(null);
        if (token == null) {
            throw new HttpFailure(401, "no-token", "写操作需要 API 令牌（Authorization: Bearer … 或 api_key）",
                    "a write needs an API token (Authorization: Bearer … or api_key)");
        }
        ApiPrincipal principal = tokens.principal(token).orElseThrow(() -> new HttpFailure(401, "bad-token",
                "API 令牌无效", "the API token is not valid"));
        Principal.current(principal.id());
        return principal;
    }
}
