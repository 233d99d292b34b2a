package org.gridgov.city;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.gridgov.document.DocumentException;
import org.gridgov.document.DocumentProblem;
import org.gridgov.document.DocumentSource;
import org.gridgov.i18n.Bilingual;
import org.gridgov.profile.ProfileDocument;
import org.gridgov.validation.InvalidModelException;
import org.gridgov.validation.Problem;

/** Collects located problems while a profile is turned into a city. */
final class LoadContext {
    final ProfileDocument doc;
    final DocumentSource companions;
    private final List<DocumentProblem> problems = new ArrayList<>();

    LoadContext(ProfileDocument doc, DocumentSource companions) {
        this.doc = doc;
        this.companions = companions;
    }

    void problem(String path, String zh, String en) {
        problems.add(doc.problem(path, Bilingual.of(zh, en)));
    }

    void add(DocumentProblem problem) {
        problems.add(problem);
    }

    /** Records a missing required field; true if the value is present. */
    boolean required(Object value, String path) {
        if (value == null || value instanceof String s && s.isBlank()) {
            String field = path.substring(Math.max(path.lastIndexOf('.'), path.lastIndexOf('[')) + 1);
            problem(path, "缺少必填字段 " + field, "missing required field '" + field + "'");
            return false;
        }
        // {en: …} or {} is a name object without the Chinese text every display needs.
        if (value instanceof org.gridgov.profile.NameSpec n && (n.zh() == null || n.zh().isBlank())) {
            problem(path + ".zh", "名称缺少中文 (zh)", "the name has no Chinese text (zh)");
            return false;
        }
        return true;
    }

    /**
     * Records the problems of a model builder at the profile entries they name.
     *
     * @param pathOf the entry path (e.g. {@code organizations[3]}) of a problem's element, if the profile
     *               declares it; problems of elements it does not declare are reported at {@code fallback}
     */
    void report(InvalidModelException e, Function<Problem, Optional<String>> pathOf, String fallback) {
        for (Problem p : e.problems()) {
            Optional<String> entry = pathOf.apply(p);
            String path = entry.map(x -> p.field().isEmpty() ? x : x + "." + p.field()).orElse(fallback);
            problems.add(doc.problem(path, p.message()));
        }
    }

    /** An index from id to entry path for a list of profile entries. */
    static <T> Map<String, String> index(List<T> entries, Function<T, String> id, String listPath) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            String key = entries.get(i) == null ? null : id.apply(entries.get(i));
            if (key != null) {
                out.putIfAbsent(key, listPath + "[" + i + "]");
            }
        }
        return out;
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    void failIfAny() throws DocumentException {
        if (!problems.isEmpty()) {
            throw new DocumentException(problems);
        }
    }

    /** Parses an enum written in lower case with hyphens or underscores; records a problem if it is none. */
    <E extends Enum<E>> E parse(Class<E> type, String value, String path) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            String allowed = java.util.Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(java.util.Locale.ROOT)).toList().toString();
            problem(path, "值 '" + value + "' 无效, 应为 " + allowed, "value '" + value + "' is not one of " + allowed);
            return null;
        }
    }
}
