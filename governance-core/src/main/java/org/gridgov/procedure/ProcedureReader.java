package org.gridgov.procedure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridgov.document.DocumentException;
import org.gridgov.document.DocumentProblem;
import org.gridgov.document.DocumentReader;
import org.gridgov.document.FileProblems;
import org.gridgov.i18n.Bilingual;
import org.gridgov.time.InvalidTimeLimitException;
import org.gridgov.time.TimeLimit;
import org.gridgov.validation.InvalidModelException;
import org.gridgov.validation.Problem;

/**
 * Reads and writes procedure files in YAML ({@code .yaml}, {@code .yml}) or JSON ({@code .json}):
 *
 * <pre>{@code
 * id: jilin-six-steps
 * name: {zh: 六步接办, en: six-step handling}
 * stages:
 *   - {id: whistle, name: {zh: 吹哨, en: whistle}, online: {zh: 基层报单, en: grassroots report}, limit: 1 个工作日}
 *   - {id: report-in, name: 报到, limit: 30 分钟}
 * transitions:
 *   - {from: whistle, on: routed, to: report-in}
 *   - {from: report-in, on: [checked-in, accepted], to: consult}
 *   - {from: any, on: closed, to: done}
 * }</pre>
 *
 * <p>A name is {@code {zh, en}} or a plain Chinese text; {@code online} and {@code limit} are optional; a
 * limit is any text {@link TimeLimit#parse} reads; {@code on} is one event kind in file form
 * ({@link EventKind#fileName()}) or a list of them, each making one transition.
 *
 * <p><b>Problems.</b> Reading is strict and reports every problem it can find at once, each with file, line,
 * field path and a message in Chinese and English: syntax errors and unknown fields (then only that one),
 * missing fields, unreadable limits (with {@link InvalidTimeLimitException#explanation()}), unknown event
 * names, and everything {@link Procedure#of} refuses, located at the entry and field at fault.
 */
public final class ProcedureReader {
    private static final DocumentReader READER = DocumentReader.strict();

    private ProcedureReader() {
    }

    /**
     * Reads a procedure from text.
     *
     * @param file the file's name, for problems; its extension gives the format
     * @param text its content; a leading byte-order mark is ignored
     * @throws DocumentException listing every located problem
     */
    public static Procedure read(String file, String text) throws DocumentException {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        ProcedureDocument doc;
        try {
            doc = READER.read(file, body, ProcedureDocument.class);
        } catch (IllegalArgumentException e) {
            throw new DocumentException(List.of(new DocumentProblem(file, 0, 0, "",
                    Bilingual.of("无法识别文件格式, 文件名应以 .yaml、.yml 或 .json 结尾", e.getMessage()))));
        }
        return new Conversion(file, body).convert(doc);
    }

    /**
     * Reads a procedure the library or an application ships on its classpath. A shipped file that does not
     * read is a bug, so it throws.
     *
     * @param loader   the class loader to read from
     * @param resource the resource path, e.g. {@code org/gridgov/procedure/hotline.yaml}
     * @throws IllegalStateException if the resource is missing or has problems
     */
    public static Procedure readResource(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("procedure " + resource + " is not on the classpath");
            }
            return read(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("the procedure " + resource + " is broken:\n" + e.getMessage(), e);
        }
    }

    /**
     * Writes a procedure as YAML or JSON, as the file name's extension says; {@link #read} reads it back to an
     * equal procedure. Limits are written in their Chinese form ({@code 3个工作日}), one transition per entry.
     *
     * @throws IllegalArgumentException if the extension names no format
     */
    public static String write(String file, Procedure procedure) {
        List<ProcedureDocument.StageEntry> stages = procedure.stages().stream()
                .map(s -> new ProcedureDocument.StageEntry(s.id().value(), name(s.name()),
                        s.onlineName().map(ProcedureReader::name).orElse(null),
                        s.limit().map(l -> l.displayName().zh()).orElse(null)))
                .toList();
        List<ProcedureDocument.TransitionEntry> transitions = procedure.transitions().stream()
                .map(t -> new ProcedureDocument.TransitionEntry(t.from().value(), List.of(t.on().fileName()),
                        t.to().value()))
                .toList();
        return READER.write(file, new ProcedureDocument(procedure.id(), name(procedure.name()), stages, transitions));
    }

    /** Writes a procedure as YAML. */
    public static String write(Procedure procedure) {
        return write(procedure.id() + ".yaml", procedure);
    }

    private static ProcedureDocument.Name name(Bilingual text) {
        return new ProcedureDocument.Name(text.zh(), text.en());
    }

    /** One file's conversion from document to model, collecting located problems. */
    private static final class Conversion {
        private final FileProblems problems;
        /** For each model transition, the path of the entry it came from and of its event name. */
        private final List<String[]> origins = new ArrayList<>();

        Conversion(String file, String body) {
            this.problems = new FileProblems(file, body, READER);
        }

        Procedure convert(ProcedureDocument doc) throws DocumentException {
            String id = required(doc.id(), "id") ? doc.id().strip() : null;
            Bilingual name = bilingual(doc.name(), "name", true);
            List<Stage> stages = new ArrayList<>();
            boolean stagesComplete = true;
            for (int i = 0; i < doc.stages().size(); i++) {
                Optional<Stage> s = stage(doc.stages().get(i), "stages[" + i + "]");
                s.ifPresent(stages::add);
                stagesComplete &= s.isPresent();
            }
            List<Transition> transitions = new ArrayList<>();
            boolean transitionsComplete = true;
            for (int i = 0; i < doc.transitions().size(); i++) {
                transitionsComplete &= transitions(doc.transitions().get(i), "transitions[" + i + "]", transitions);
            }
            if (!stagesComplete) {
                // Checks across entries would only report the missing stages again, as unknown or unreachable.
                throw new DocumentException(problems.list());
            }
            try {
                Procedure p = Procedure.of(id == null ? "unnamed" : id,
                        name == null ? Bilingual.of("未命名", "unnamed") : name, stages, transitions);
                if (problems.isEmpty()) {
                    return p;
                }
            } catch (InvalidModelException e) {
                for (Problem p : e.problems()) {
                    boolean unreachable = p.kind().equals("stage") && p.field().isEmpty();
                    if (!unreachable || transitionsComplete) {
                        problems.add(locate(p));
                    }
                }
            }
            throw problems.byLine();
        }

        private Optional<Stage> stage(ProcedureDocument.StageEntry e, String at) {
            if (e == null) {
                problem(at, "空条目", "empty entry");
                return Optional.empty();
            }
            boolean ok = required(e.id(), at + ".id");
            Bilingual name = bilingual(e.name(), at + ".name", true);
            Bilingual online = bilingual(e.online(), at + ".online", false);
            Optional<org.gridgov.time.TimeLimit> limit = Optional.empty();
            if (e.limit() != null) {
                try {
                    limit = Optional.of(TimeLimit.parse(e.limit()));
                } catch (InvalidTimeLimitException x) {
                    // The stage's structure is intact, so checks across entries still run.
                    problems.add(problems.at(at + ".limit", x.explanation()));
                }
            }
            if (!ok || name == null) {
                return Optional.empty();
            }
            return Optional.of(new Stage(StageId.of(e.id().strip()), name, Optional.ofNullable(online), limit));
        }

        /** Adds the entry's transitions; false if it had a problem. */
        private boolean transitions(ProcedureDocument.TransitionEntry e, String at, List<Transition> out) {
            if (e == null) {
                problem(at, "空条目", "empty entry");
                return false;
            }
            boolean ok = required(e.from(), at + ".from") & required(e.to(), at + ".to");
            if (e.on().isEmpty()) {
                problem(at + ".on", "缺少必填字段 on", "missing required field 'on'");
                ok = false;
            }
            List<EventKind> kinds = new ArrayList<>();
            for (int j = 0; j < e.on().size(); j++) {
                String path = e.on().size() == 1 ? at + ".on" : at + ".on[" + j + "]";
                String text = e.on().get(j);
                Optional<EventKind> kind = EventKind.parse(text);
                if (kind.isEmpty()) {
                    problem(path, "未知事件 '" + text + "', 可用事件: " + EventKind.allFileNames(),
                            "unknown event '" + text + "'; events are: " + EventKind.allFileNames());
                    ok = false;
                } else {
                    kinds.add(kind.get());
                    origins.add(new String[] {at, path});
                }
            }
            if (!ok) {
                origins.subList(origins.size() - kinds.size(), origins.size()).clear();
                return false;
            }
            for (EventKind k : kinds) {
                out.add(new Transition(StageId.of(e.from().strip()), k, StageId.of(e.to().strip())));
            }
            return true;
        }

        private DocumentProblem locate(Problem p) {
            String path = switch (p.kind()) {
                case "stage" -> "stages[" + (position(p) - 1) + "]" + (p.field().isEmpty() ? "" : "." + p.field());
                case "transition" -> {
                    String[] origin = origins.get(position(p) - 1);
                    yield p.field().equals("on") ? origin[1] : origin[0] + "." + p.field();
                }
                default -> p.field();
            };
            return problems.at(path, p.message());
        }

        private static int position(Problem p) {
            return Integer.parseInt(p.id().substring(1));
        }

        private Bilingual bilingual(ProcedureDocument.Name n, String at, boolean needed) {
            if (n == null) {
                if (needed) {
                    required(null, at);
                }
                return null;
            }
            if (n.zh() == null || n.zh().isBlank()) {
                problem(at + ".zh", "名称缺少中文", "the name needs its Chinese text (zh)");
                return null;
            }
            return Bilingual.of(n.zh().strip(), n.en().strip());
        }

        private boolean required(String value, String path) {
            if (value == null || value.isBlank()) {
                String field = path.substring(Math.max(path.lastIndexOf('.'), path.lastIndexOf('[')) + 1);
                problem(path, "缺少必填字段 " + field, "missing required field '" + field + "'");
                return false;
            }
            return true;
        }

        private void problem(String path, String zh, String en) {
            problems.add(path, zh, en);
        }
    }
}
