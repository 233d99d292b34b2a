package org.gridgov.issue;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.gridgov.i18n.Bilingual;

/**
 * Why a command or proposed event was refused: a short stable code for programs and tests, and a reason for
 * people. The lifecycle uses the codes listed on {@link Issue}; policies may add their own.
 *
 * @param code   a stable lower-case code such as {@code wrong-status}
 * @param reason why, in Chinese and English
 */
public record Rejection(String code, Bilingual reason) {
    /** @throws IllegalArgumentException if the code is blank; NullPointerException if an argument is null */
    public Rejection {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reason, "reason");
        checkArgument(!code.isBlank(), "a rejection needs a code");
    }

    /** A rejection with the given code and text. */
    public static Rejection of(String code, String zh, String en) {
        return new Rejection(code, Bilingual.of(zh, en));
    }

    @Override
    public String toString() {
        return code + ": " + reason;
    }
}
