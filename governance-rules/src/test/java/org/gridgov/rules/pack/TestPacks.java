package org.gridgov.rules.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gridgov.rules.facts.Proposal;
import org.gridgov.rules.facts.RoutingCase;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/** Fixtures: writing small packs, loading them, firing their rules on a routing case. */
final class TestPacks {
    static final PackLoader LOADER = PackLoader.withBuiltIns();

    private TestPacks() {
    }

    /** The committed test packs {@code packs/family/base} and {@code packs/family/city} as folders on disk. */
    static Path family(String id) {
        try {
            return Path.of(TestPacks.class.getClassLoader().getResource("packs/family/" + id).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static PackLoadResult load(Path dir) {
        return LOADER.load(PackSource.directory(dir), PackContext.unchecked());
    }

    static CompiledPack loaded(PackLoadResult result) {
        assertThat(result).as("problems: %s", result.problems()).isInstanceOf(PackLoadResult.Loaded.class);
        return ((PackLoadResult.Loaded) result).pack();
    }

    static List<PackProblem> failed(PackLoadResult result) {
        assertThat(result).as("expected a failed load").isInstanceOf(PackLoadResult.Failed.class);
        return result.problems();
    }

    /** Writes a file below a folder, creating folders. */
    static Path write(Path dir, String relative, String text) {
        return write(dir, relative, text.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path dir, String relative, byte[] bytes) {
        try {
            Path file = dir.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A pack folder {@code dir/id} with a minimal pack.yaml and one file. */
    static Path pack(Path dir, String id, String file, String text) {
        Path p = dir.resolve(id);
        write(p, "pack.yaml", "id: " + id + "\nname: {zh: 测试, en: test}\nversion: \"1\"\n");
        return write(p, file, text);
    }

    static RoutingCase routingCase(List<String> categoryPath, String channel, int severityRank) {
        String severity = List.of("low", "medium", "high", "critical").get(severityRank - 1);
        return new RoutingCase("I-1", categoryPath, channel, severity, severityRank, List.of("g1", "c1", "s1"),
                List.of("grid", "community", "street"),
                Set.of(), 0);
    }

    /** What the pack's rules did with a case: the rules that fired, in order, and the case's proposals. */
    record Firing(List<String> rules, List<Proposal> proposals) {
    }

    static Firing fire(KieBase kieBase, RoutingCase routingCase) {
        KieSession session = kieBase.newKieSession();
        try {
            List<String> fired = new ArrayList<>();
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    fired.add(event.getMatch().getRule().getPackageName() + ":" + event.getMatch().getRule().getName());
                }
            });
            session.insert(routingCase);
            session.fireAllRules();
            return new Firing(fired, routingCase.proposals());
        } finally {
            session.dispose();
        }
    }
}
