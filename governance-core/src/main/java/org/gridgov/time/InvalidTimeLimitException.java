package org.gridgov.time;

import java.util.Objects;
import org.gridgov.i18n.Bilingual;

/**
 * A text that is not a time limit. Its message, in Chinese and English, says what was not understood and
 * shows the accepted forms; callers reading policy files turn it into a problem at the file's line.
 */
public final class InvalidTimeLimitException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String text;
    private final transient Bilingual explanation;

    InvalidTimeLimitException(String text, Bilingual explanation) {
        super(explanation.en());
        this.text = text;
        this.explanation = Objects.requireNonNull(explanation);
    }

    /** The text that was given. */
    public String text() {
        return text;
    }

    /** What is wrong and what would be right, in Chinese and English. */
    public Bilingual explanation() {
        return explanation;
    }
}
