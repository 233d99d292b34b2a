package org.gridgov.document;

import java.util.Objects;
import org.gridgov.i18n.Bilingual;

/**
 * One problem in a file a person wrote: where it is and what is wrong, in words a policy officer can act on.
 *
 * @param file    the file's name as given to the reader
 * @param line    1-based line, or 0 when unknown
 * @param column  1-based column, or 0 when unknown
 * @param field   the field path, e.g. {@code people[3].phone}; empty for the document as a whole
 * @param message what is wrong and what was expected, in Chinese and English
 */
public record DocumentProblem(String file, int line, int column, String field, Bilingual message) {
    public DocumentProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    /** {@code city.yaml:12:5: people[3].phone: …} in the language of the locale. */
    public String describe(java.util.Locale locale) {
        String where = file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "");
        return where + ": " + (field.isEmpty() ? "" : field + ": ") + message.in(locale);
    }

    @Override
    public String toString() {
        return describe(java.util.Locale.ENGLISH) + " / " + message.zh();
    }
}
