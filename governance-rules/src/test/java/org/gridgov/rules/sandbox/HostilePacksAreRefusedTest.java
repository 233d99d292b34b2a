package org.gridgov.rules.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.gridgov.rules.pack.PackContext;
import org.gridgov.rules.pack.PackLoadResult;
import org.gridgov.rules.pack.PackLoader;
import org.gridgov.rules.pack.PackProblem;
import org.gridgov.rules.pack.PackSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every pack of the hostile corpus ({@link Attacks}: each action attack as DRL, as a decision-table cell and,
 * where a DSL file can hold it, as a DSL sentence; the structural attacks as DRL) is refused at load with an
 * error located at the mistake, and no canary is ever tripped: no system property set, no file created.
 */
class HostilePacksAreRefusedTest {
    private static final String PREFIX = "gridgov.canary.";
    private static final AtomicInteger CASES = new AtomicInteger();
    private static Path root;
    private static Path canaries;

    @BeforeAll
    static void folders() throws IOException {
        root = Files.createTempDirectory("hostile");
        canaries = Files.createDirectories(root.resolve("canaries"));
    }

    @AfterAll
    static void noCanaryWasTrippedAndTheCorpusIsLarge() throws IOException {
        assertThat(System.getProperties().stringPropertyNames()).noneMatch(k -> k.startsWith(PREFIX));
        try (Stream<Path> files = Files.list(canaries)) {
            assertThat(files).isEmpty();
        }
        assertThat(CASES.get()).as("hostile packs tried").isGreaterThanOrEqualTo(40);
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @TestFactory
    Stream<DynamicTest> actionsInDrl() {
        return Attacks.actions().stream().map(a -> DynamicTest.dynamicTest(a.name(), () -> {
            String[] payload = canary(a.action());
            String drl = "rule \"攻击\"\nwhen\n    $c : RoutingCase()\nthen\n    " + payload[0] + "\nend\n";
            int last = 5 + (int) payload[0].chars().filter(c -> c == '\n').count();
            PackProblem p = refused(payload, "rules/attack.drl", drl);
            assertThat(p.line()).as(p.toString()).isBetween(5, last);
        }));
    }

    @TestFactory
    Stream<DynamicTest> actionsAsDslSentences() {
        return Attacks.actions().stream().filter(Attacks.Action::sentence).map(a ->
                DynamicTest.dynamicTest(a.name(), () -> {
                    String[] payload = canary(a.action());
                    Path pack = pack(payload);
                    write(pack, "rules/words.dsl", "[when]有事项=$c : RoutingCase()\n[then]照常办理=" + payload[0] + "\n");
                    write(pack, "rules/attack.dslr", "rule \"攻击\"\nwhen\n    有事项\nthen\n    照常办理\nend\n");
                    PackProblem p = refusedAt(payload, pack, "rules/attack.dslr");
                    assertThat(p.line()).as(p.toString()).isEqualTo(5);
                    if (p.message().en().contains("not allowed")) {
                        assertThat(p.message().en()).as(p.toString()).contains("DSL sentence: 照常办理");
                    }
                }));
    }

    @TestFactory
    Stream<DynamicTest> decisionTableCells() {
        return Attacks.tables().stream().map(t -> DynamicTest.dynamicTest(t.name(), () -> {
            String[] payload = canary(t.csv());
            PackProblem p = refused(payload, "rules/attack.drl.csv", payload[0]);
            assertThat(p.cell()).as(p.toString()).isPresent();
        }));
    }

    @TestFactory
    Stream<DynamicTest> structuralAttacksInDrl() {
        return Attacks.structural().stream().map(s -> DynamicTest.dynamicTest(s.name(), () -> {
            String[] payload = canary(s.drl());
            String[] lines = payload[0].split("\n", -1);
            int marked = 0;
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].contains("<<<")) {
                    marked = i + 1;
                }
            }
            PackProblem p = refused(payload, "rules/attack.drl", payload[0].replace(" // <<<", ""));
            assertThat(p.line()).as(p.toString()).isEqualTo(marked);
        }));
    }

    @Test
    void aRefusalSaysWhatIsRefusedInBothLanguagesAndNamesTheRule() {
        String[] payload = canary("System.setProperty(\"K\", \"x\");");
        PackProblem p = refused(payload, "rules/attack.drl",
                "rule \"攻击\"\nwhen\n    $c : RoutingCase()\nthen\n    " + payload[0] + "\nend\n");
        assertThat(p.message().en()).contains("rule “攻击”").contains("\"java.lang.System.setProperty\" is not allowed");
        assertThat(p.message().zh()).contains("规则“攻击”").contains("不允许使用");
        assertThat(p.column()).isEqualTo(12);
    }

    @Test
    void aValueCellCannotBreakOutOfItsQuotedTemplate() {
        String[] payload = canary(Attacks.breakOut());
        Path pack = pack(payload);
        write(pack, "rules/attack.drl.csv", payload[0]);
        PackLoadResult r = PackLoader.withBuiltIns().load(PackSource.directory(pack), PackContext.unchecked());
        assertThat(r).isInstanceOf(PackLoadResult.Loaded.class); // the value stays a string: Drools escapes it
        assertThat(System.getProperty(payload[1])).isNull();
    }

    /** The payload with this case's canary: {text, property key, file}. */
    private static String[] canary(String text) {
        int n = CASES.incrementAndGet();
        String key = PREFIX + n;
        String file = canaries.resolve("case" + n).toString().replace('\\', '/');
        return new String[] {text.replace("\"K\"", "\"" + key + "\"").replace("\"\"K\"\"", "\"\"" + key + "\"\"")
                .replace("\"F\"", "\"" + file + "\""), key, file};
    }

    private static PackProblem refused(String[] payload, String file, String text) {
        Path pack = pack(payload);
        write(pack, file, text);
        return refusedAt(payload, pack, file);
    }

    /** Loads the pack, checks it failed with an error located in the file, and that the canary did not trip. */
    private static PackProblem refusedAt(String[] payload, Path pack, String file) {
        PackLoadResult r = PackLoader.withBuiltIns().load(PackSource.directory(pack), PackContext.unchecked());
        assertThat(System.getProperty(payload[1])).as("canary property").isNull();
        assertThat(Path.of(payload[2])).as("canary file").doesNotExist();
        assertThat(r).as("%s", r.problems()).isInstanceOf(PackLoadResult.Failed.class);
        List<PackProblem> errors = new ArrayList<>(r.problems().stream().filter(PackProblem::isError).toList());
        assertThat(errors).as("%s", errors).anyMatch(p -> p.file().equals(file) && (p.line() > 0 || p.cell().isPresent()));
        return errors.stream().filter(p -> p.file().equals(file) && (p.line() > 0 || p.cell().isPresent()))
                .findFirst().orElseThrow();
    }

    private static Path pack(String[] payload) {
        Path pack = root.resolve("p" + payload[1].substring(PREFIX.length()));
        write(pack, "pack.yaml", "id: hostile\nname: {zh: 测试, en: test}\nversion: \"1\"\n");
        return pack;
    }

    private static void write(Path dir, String relative, String text) {
        try {
            Path f = dir.resolve(relative);
            Files.createDirectories(f.getParent());
            Files.writeString(f, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
