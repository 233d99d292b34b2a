package org.gridgov.rules.pack;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.model.codegen.ExecutableModelProject;
import org.gridgov.i18n.Bilingual;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Compiles units with the Drools 10 executable model (always with {@link ExecutableModelProject}: a plain
 * {@code buildAll()} throws with {@code drools-engine} alone) and turns every error, thrown or reported, into a
 * located {@link PackProblem}.
 */
final class DroolsBuild {
    private static final AtomicLong BUILDS = new AtomicLong();

    static {
        // Before the first KieServices call creates Drools' loggers: its own log lines repeat our problems.
        EngineLogs.quiet();
    }

    private DroolsBuild() {
    }

    /** How many compilations this JVM has run; tests use it to see the cache work. */
    static long count() {
        return BUILDS.get();
    }

    static Optional<KieBase> build(String packId, List<Unit> units, List<PackProblem> problems) {
        BUILDS.incrementAndGet();
        KieServices ks = KieServices.Factory.get();
        ReleaseId rid = ks.newReleaseId("org.gridgov.packs", packId.replaceAll("[^A-Za-z0-9_.-]", "_"),
                "0.0." + BUILDS.get());
        try {
            KieFileSystem kfs = ks.newKieFileSystem();
            kfs.generateAndWritePomXML(rid);
            for (Unit u : units) {
                kfs.write(u.resourcePath(), u.drl().getBytes(StandardCharsets.UTF_8));
            }
            KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
            List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
            if (!errors.isEmpty()) {
                errors.forEach(m -> EngineLogs.LOG.debug("Drools on pack {}: {} line {}: {}", packId, m.getPath(),
                        m.getLine(), m.getText()));
                boolean several = errors.size() > 1;
                Map<String, String> generated = generatedSources(errors);
                errors.stream()
                        // Drools adds these after a real error; they say nothing more to a person.
                        .filter(m -> !(several && String.valueOf(m.getText()).contains("Parser returned a null Package")))
                        .filter(m -> !(several && String.valueOf(m.getText()).matches("(?s)Java source of .* in error:.*")))
                        .forEach(m -> problems.add(locate(packId, units, m.getPath(), m.getLine(), m.getText(),
                                generated)));
                return Optional.empty();
            }
            // Nothing generated for the pack has been loaded yet: check it before the container loads it.
            if (!CompiledCodeLint.check(packId, units, builder.getKieModule(), problems)) {
                return Optional.empty();
            }
            return Optional.of(ks.newKieContainer(rid).getKieBase());
        } catch (StackOverflowError e) {
            // ShapeLint keeps deep nesting away from Drools' parsers; this is the net below it.
            EngineLogs.LOG.debug("Drools ran out of stack compiling pack {}", packId, e);
            problems.add(PackProblem.error(packId, FileScanner.RULES, 0, Bilingual.of(
                    "规则嵌套太深, Drools 无法编译", "the rules are nested too deeply for Drools to compile")));
            return Optional.empty();
        } catch (RuntimeException | LinkageError | AssertionError e) {
            EngineLogs.LOG.debug("Drools threw while compiling pack {}", packId, e);
            DroolsMessages.Translated t = DroolsMessages.fromException(e);
            problems.add(at(packId, units, t, null, -1, ""));
            return Optional.empty();
        } finally {
            ks.getRepository().removeKieModule(rid);
        }
    }

    private static PackProblem locate(String packId, List<Unit> units, String path, int line, String text,
                                      Map<String, String> generated) {
        DroolsMessages.Translated t = DroolsMessages.translate(text);
        Unit unit = path == null ? null
                : units.stream().filter(u -> path.endsWith(u.resourcePath()) || u.resourcePath().endsWith(path))
                .findFirst().orElse(null);
        if (unit != null && line > 0 && t.action().isPresent()) {
            Optional<PackProblem> inAction = inAction(packId, units, t, unit, line, text);
            if (inAction.isPresent()) {
                return inAction.get();
            }
        }
        if (unit == null && path != null && line > 0 && generated.containsKey(path)) {
            // An error in a rule's action is reported in the Java Drools generates for it: find that statement
            // in the rule files, so that policy staff get their own file and line.
            String[] source = generated.get(path).split("\n", -1);
            String statement = line <= source.length ? source[line - 1].strip() : "";
            for (Unit u : units) {
                int found = statement.length() > 2 ? find(u, statement) : 0;
                if (found > 0) {
                    return at(packId, units, t, u, found, text + " " + statement);
                }
            }
        }
        return at(packId, units, t, unit, line, text);
    }

    /**
     * A problem at the place in a rule's action where Drools stopped parsing; its message gives only the rule's
     * first line. Columns are those of the file for DRL; a DSL file's line was expanded, so only its line is kept.
     */
    private static Optional<PackProblem> inAction(String packId, List<Unit> units, DroolsMessages.Translated t,
                                                  Unit unit, int ruleLine, String text) {
        DroolsMessages.ActionSpot spot = t.action().get();
        Optional<ActionPlace.Place> place = ActionPlace.of(unit, ruleLine, spot.line(), spot.column(), spot.atEnd());
        if (place.isEmpty()) {
            return Optional.empty();
        }
        ActionPlace.Place at = place.get();
        SourceFile f = unit.origin();
        // Line 1 of a unit carries the package and import the compiler adds, which shift its columns.
        if (unit.table().isPresent() || f.kind() != SourceFile.Kind.DRL || at.line() == 1) {
            return Optional.of(at(packId, units, t, unit, at.line(), text));
        }
        return Optional.of(PackProblem.errorAt(f.pack(), f.path(), at.line(), at.column(), t.message()));
    }

    /** The generated Java sources Drools quotes in "Java source of … in error" messages, by path. */
    private static Map<String, String> generatedSources(List<Message> errors) {
        Map<String, String> out = new HashMap<>();
        for (Message m : errors) {
            String text = String.valueOf(m.getText());
            Matcher head = JAVA_SOURCE.matcher(text);
            if (head.find()) {
                out.put(head.group(1), text.substring(head.end()));
            }
        }
        return out;
    }

    private static final Pattern JAVA_SOURCE = Pattern.compile("^Java source of (\\S+) in error:\\R");

    private static PackProblem at(String packId, List<Unit> units, DroolsMessages.Translated t, Unit known, int line,
                                  String text) {
        Unit unit = known;
        int at = line;
        if ((unit == null || at <= 0) && t.expression().isPresent()) {
            for (Unit u : unit == null ? units : List.of(unit)) {
                int found = find(u, t.expression().get());
                if (found > 0) {
                    unit = u;
                    at = found;
                    break;
                }
            }
        }
        if ((unit == null || at <= 0) && t.ruleName().isPresent()) {
            for (Unit u : unit == null ? units : List.of(unit)) {
                Optional<RuleDecl> r = RuleDecl.scan(u).stream().filter(d -> d.name().equals(t.ruleName().get()))
                        .findFirst();
                if (r.isPresent()) {
                    unit = u;
                    at = r.get().line();
                    break;
                }
            }
        }
        if (unit == null) {
            return PackProblem.error(packId, FileScanner.RULES, 0, t.message());
        }
        SourceFile f = unit.origin();
        if (unit.table().isPresent()) {
            DecisionTable table = unit.table().get();
            Optional<String> cell = table.cellFor(at, text + " " + t.expression().orElse(""));
            return new PackProblem(PackProblem.Severity.ERROR, f.pack(), f.path(), 0, Optional.of(table.sheet()), cell,
                    t.message());
        }
        return PackProblem.error(f.pack(), f.path(), Math.max(0, at), t.message());
    }

    /** The line of the unit where an expression appears, ignoring spacing; 0 if it does not. */
    static int find(Unit unit, String expression) {
        String want = expression.replaceAll("\\s+", "");
        if (want.isEmpty()) {
            return 0;
        }
        String[] lines = unit.drl().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].replaceAll("\\s+", "").contains(want)) {
                return i + 1;
            }
        }
        return 0;
    }

}
