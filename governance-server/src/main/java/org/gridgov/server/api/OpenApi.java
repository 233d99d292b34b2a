package org.gridgov.server.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The API's description, {@code openapi.yaml} in this package, served at {@code /api/v1/openapi.yaml}. */
public final class OpenApi {
    private OpenApi() {
    }

    /**
     * The description's YAML text.
     *
     * @throws IllegalStateException if the jar lacks it
     */
    public static String text() {
        try (InputStream in = OpenApi.class.getResourceAsStream("openapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("openapi.yaml is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
