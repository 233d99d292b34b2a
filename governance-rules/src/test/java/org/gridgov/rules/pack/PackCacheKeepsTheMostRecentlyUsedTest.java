package org.gridgov.rules.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.rules.pack.TestPacks.loaded;
import static org.gridgov.rules.pack.TestPacks.pack;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compiled-pack cache is bounded: it keeps the most recently used packs and compiles an evicted one again. */
class PackCacheKeepsTheMostRecentlyUsedTest {
    private static final String RULE = """
            package org.gridgov.packs.%s;
            import org.gridgov.rules.facts.RoutingCase;
            rule "网格" when $c : RoutingCase() then $c.handleAt("grid"); end
            """;

    @Test
    void aPackEvictedByOthersIsCompiledAgainAndAKeptOneIsNot(@TempDir Path dir) {
        PackLoader loader = new PackLoader(getClass().getClassLoader(), 2);
        PackSource a = PackSource.directory(pack(dir, "a", "rules/r.drl", RULE.formatted("a")));
        PackSource b = PackSource.directory(pack(dir, "b", "rules/r.drl", RULE.formatted("b")));
        PackSource c = PackSource.directory(pack(dir, "c", "rules/r.drl", RULE.formatted("c")));

        CompiledPack first = loaded(loader.load(a, PackContext.unchecked()));
        assertThat(loaded(loader.load(a, PackContext.unchecked()))).isSameAs(first);
        CompiledPack kept = loaded(loader.load(b, PackContext.unchecked()));
        loaded(loader.load(c, PackContext.unchecked())); // a is the least recently used of three: out
        assertThat(loaded(loader.load(b, PackContext.unchecked()))).isSameAs(kept);
        CompiledPack again = loaded(loader.load(a, PackContext.unchecked()));
        assertThat(again).isNotSameAs(first);
        assertThat(again.version()).isEqualTo(first.version()); // same files, same content hash
    }
}
