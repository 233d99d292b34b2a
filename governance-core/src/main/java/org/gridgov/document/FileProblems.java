package org.gridgov.document;

import java.util.ArrayList;
import java.util.List;
import org.gridgov.i18n.Bilingual;

/**
 * The problems found in one file by a reader that converts a document to a model, each placed at the line of its
 * field. The source map is built the first time a problem is placed, so a file without problems costs nothing.
 */
public final class FileProblems {
    private final String file;
    private final String text;
    private final DocumentReader reader;
    private final List<DocumentProblem> problems = new ArrayList<>();
    private SourceMap map;

    /**
     * @param file   the file's name; its extension gives the format
     * @param text   its content, as the reader read it
     * @param reader the reader that read it
     */
    public FileProblems(String file, String text, DocumentReader reader) {
        this.file = file;
        this.text = text;
        this.reader = reader;
    }

    /** A problem at a field ({@code grants[0].commands[1]}), not yet added. */
    public DocumentProblem at(String fieldPath, Bilingual message) {
        if (map == null) {
            map = SourceMap.of(reader.mapper(Format.of(file)), text);
        }
        return map.problem(file, fieldPath, message);
    }

    /** Adds a problem at a field. */
    public void add(String fieldPath, String zh, String en) {
        problems.add(at(fieldPath, Bilingual.of(zh, en)));
    }

    /** Adds a problem placed already. */
    public void add(DocumentProblem problem) {
        problems.add(problem);
    }

    /** How many were added. */
    public int size() {
        return problems.size();
    }

    /** Whether none was added. */
    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** Every problem added, in the order added. */
    public List<DocumentProblem> list() {
        return List.copyOf(problems);
    }

    /** An exception with every problem, by line. */
    public DocumentException byLine() {
        List<DocumentProblem> sorted = new ArrayList<>(problems);
        sorted.sort(java.util.Comparator.comparingInt(DocumentProblem::line));
        return new DocumentException(sorted);
    }
}
