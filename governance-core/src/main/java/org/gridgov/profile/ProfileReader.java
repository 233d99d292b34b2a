package org.gridgov.profile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gridgov.document.DocumentException;
import org.gridgov.document.DocumentProblem;
import org.gridgov.document.DocumentReader;
import org.gridgov.i18n.Bilingual;

/**
 * Reads and writes city profiles in YAML ({@code .yaml}, {@code .yml}) or JSON ({@code .json}).
 *
 * <p>Reading is strict: an unknown field, a value of the wrong type or a syntax error is reported with
 * file, line, column, field path and what was expected, in Chinese and English. Checks across the profile
 * (a role at an unknown level, an assignment to an unknown person) are made by
 * {@link org.gridgov.city.CityLoader}, which reports them the same way.
 */
public final class ProfileReader {
    private static final DocumentReader READER = DocumentReader.strict();

    private ProfileReader() {
    }

    /**
     * Reads a profile from text.
     *
     * @param file the file's name; its extension gives the format
     * @param text its content
     * @throws DocumentException with the located problem if the text is not a well-formed profile
     */
    public static ProfileDocument read(String file, String text) throws DocumentException {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try {
            return new ProfileDocument(file, body, READER.read(file, body, CityProfile.class));
        } catch (IllegalArgumentException e) {
            // The extension named no format we read.
            throw new DocumentException(List.of(new DocumentProblem(file, 0, 0, "",
                    Bilingual.of("无法识别文件格式, 文件名应以 .yaml、.yml 或 .json 结尾", e.getMessage()))));
        }
    }

    /**
     * Reads a profile file.
     *
     * @throws DocumentException if it cannot be read or is not a well-formed profile
     */
    public static ProfileDocument read(Path file) throws DocumentException {
        try {
            return read(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DocumentException(List.of(new DocumentProblem(file.toString(), 0, 0, "",
                    Bilingual.of("无法读取文件: " + e.getMessage(), "cannot read the file: " + e.getMessage()))));
        }
    }

    /**
     * Writes a profile as YAML or JSON, as the file name's extension says. Empty lists and absent values
     * are left out.
     *
     * @throws IllegalArgumentException if the extension names no format
     */
    public static String write(String file, CityProfile profile) {
        return READER.write(file, profile);
    }
}
