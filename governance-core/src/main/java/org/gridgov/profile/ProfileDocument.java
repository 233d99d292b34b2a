package org.gridgov.profile;

import java.util.Objects;
import org.gridgov.document.DocumentProblem;
import org.gridgov.document.DocumentReader;
import org.gridgov.document.Format;
import org.gridgov.document.SourceMap;
import org.gridgov.i18n.Bilingual;

/**
 * A profile together with the text it was read from, so that later checks can point at file and line.
 */
public final class ProfileDocument {
    private final String file;
    private final String text;
    private final CityProfile profile;
    private SourceMap sourceMap;

    /**
     * @param file    the file's name
     * @param text    the text the profile was read from
     * @param profile the profile
     */
    public ProfileDocument(String file, String text, CityProfile profile) {
        this.file = Objects.requireNonNull(file, "file");
        this.text = Objects.requireNonNull(text, "text");
        this.profile = Objects.requireNonNull(profile, "profile");
    }

    /** The file's name as given. */
    public String file() {
        return file;
    }

    /** The profile. */
    public CityProfile profile() {
        return profile;
    }

    /**
     * The same text with a changed profile, as a tool that adds to a profile (generated members) hands it to the
     * loader: problems at fields the text has keep their lines, others point at the file.
     */
    public ProfileDocument with(CityProfile changed) {
        return new ProfileDocument(file, text, changed);
    }

    /** A problem at a field path of this document, with its line and column. */
    public synchronized DocumentProblem problem(String fieldPath, Bilingual message) {
        if (sourceMap == null) {
            // Built only when something is wrong: a streaming pass over the whole text.
            sourceMap = SourceMap.of(DocumentReader.strict().mapper(Format.of(file)), text);
        }
        return sourceMap.problem(file, fieldPath, message);
    }
}
