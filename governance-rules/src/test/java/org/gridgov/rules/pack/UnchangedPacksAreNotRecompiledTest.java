package org.gridgov.rules.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.rules.pack.TestPacks.loaded;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader caches compiled packs by content hash: unchanged files give the same compiled pack. */
class UnchangedPacksAreNotRecompiledTest {
    @TempDir
    Path dir;

    @Test
    void theSameFilesFromDiskOrClasspathGiveTheSameCompiledPack() {
        CompiledPack first = loaded(TestPacks.load(TestPacks.family("city")));
        long builds = DroolsBuild.count();

        CompiledPack fromDisk = loaded(TestPacks.load(TestPacks.family("city")));
        CompiledPack fromClasspath = loaded(TestPacks.LOADER.load(
                PackSource.classpath(getClass().getClassLoader(), "packs/family/city"), PackContext.unchecked()));

        assertThat(fromDisk).isSameAs(first);
        assertThat(fromClasspath).isSameAs(first);
        assertThat(DroolsBuild.count()).isEqualTo(builds);
    }

    @Test
    void aChangedFileIsCompiledAgainWithANewHash() throws Exception {
        Path p = TestPacks.pack(dir, "changing", "rules/a.drl",
                "rule \"a\"\nwhen\n  $c : RoutingCase()\nthen\n  $c.handleAt(\"grid\");\nend\n");
        CompiledPack before = loaded(TestPacks.load(p));
        Files.writeString(p.resolve("rules/a.drl"),
                "rule \"a\"\nwhen\n  $c : RoutingCase()\nthen\n  $c.handleAt(\"community\");\nend\n");

        CompiledPack after = loaded(TestPacks.load(p));

        assertThat(after).isNotSameAs(before);
        assertThat(after.version().contentHash()).isNotEqualTo(before.version().contentHash());
    }
}
