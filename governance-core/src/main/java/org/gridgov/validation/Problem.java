package org.gridgov.validation;

import java.util.Objects;
import org.gridgov.i18n.Bilingual;

/**
 * One thing wrong with a model a caller asked to build, named precisely enough to find in its source: the
 * kind of element ({@code node}, {@code organization}, {@code person}, {@code assignment}...), its id and the
 * field at fault. A profile reader maps these back to file, line and field path.
 *
 * @param kind    the kind of element, lower-case
 * @param id      the element's id (for elements without one, such as assignments, a position like {@code #3})
 * @param field   the field at fault, or empty when the element as a whole is
 * @param message what is wrong and what was expected, in Chinese and English
 */
public record Problem(String kind, String id, String field, Bilingual message) {
    public Problem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    /** A problem of one field of an element. */
    public static Problem of(String kind, Object id, String field, String zh, String en) {
        return new Problem(kind, String.valueOf(id), field, Bilingual.of(zh, en));
    }

    @Override
    public String toString() {
        return kind + " " + id + (field.isEmpty() ? "" : "." + field) + ": " + message.en() + " / " + message.zh();
    }
}
