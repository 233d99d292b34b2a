package org.gridgov.server.http;

import java.util.Objects;
import org.gridgov.i18n.Bilingual;

/**
 * A request the server refuses, with the HTTP status, a stable code clients can switch on ({@code bad-json},
 * {@code unknown-service}) and a message for people in Chinese and English. Thrown by handlers and answered by the
 * route family's {@link ErrorFormat}; never carries what the client sent beyond the name of the offending field.
 */
public final class HttpFailure extends RuntimeException {
    private final int status;
    private final String code;
    private final Bilingual text;

    /**
     * @param status an HTTP status of 400 or more
     * @param code   a short stable code
     * @param zh     the message in Chinese
     * @param en     the message in English
     * @throws IllegalArgumentException if the status is below 400
     */
    public HttpFailure(int status, String code, String zh, String en) {
        super(code + ": " + en, null, false, false);
        if (status < 400) {
            throw new IllegalArgumentException("a failure has a status of 400 or more: " + status);
        }
        this.status = status;
        this.code = Objects.requireNonNull(code, "code");
        this.text = Bilingual.of(zh, en);
    }

    /** A {@code 400} naming the field at fault. */
    public static HttpFailure badField(String field, String zh, String en) {
        String code = "bad-" + field.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("-$", "");
        return new HttpFailure(400, code, field + ": " + zh, field + ": " + en);
    }

    /** A {@code 404} for something that does not exist. */
    public static HttpFailure notFound(String code, String zh, String en) {
        return new HttpFailure(404, code, zh, en);
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** The stable code. */
    public String code() {
        return code;
    }

    /** The message for people. */
    public Bilingual text() {
        return text;
    }
}
