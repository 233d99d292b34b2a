package org.gridgov.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The tokens a server accepts, by their SHA-256 digest: a stolen tokens file gives no token. Immutable.
 */
public final class ApiTokens {
    private final Map<String, ApiPrincipal> byDigest;

    private ApiTokens(Map<String, ApiPrincipal> byDigest) {
        this.byDigest = Map.copyOf(byDigest);
    }

    /**
     * Tokens by digest.
     *
     * @param byDigest lower-case hex SHA-256 digests of the tokens, each with its principal
     */
    public static ApiTokens of(Map<String, ApiPrincipal> byDigest) {
        return new ApiTokens(byDigest);
    }

    /** No tokens: every write is refused. */
    public static ApiTokens none() {
        return new ApiTokens(Map.of());
    }

    /** The lower-case hex SHA-256 digest of a token, as the tokens file holds it. */
    public static String digest(String token) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The principal of a token, if it is one of these. */
    public Optional<ApiPrincipal> principal(String token) {
        if (token == null || token.isBlank() || token.length() > 512) {
            return Optional.empty();
        }
        return Optional.ofNullable(byDigest.get(digest(token.strip())));
    }

    /** The principals' ids, sorted. */
    public List<String> ids() {
        return byDigest.values().stream().map(ApiPrincipal::id).sorted().collect(Collectors.toList());
    }
}
