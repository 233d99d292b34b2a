package org.gridgov.rules.pack;

import com.google.common.cache.CacheBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentMap;
import org.gridgov.i18n.Bilingual;

/**
 * Loads rule packs: reads {@code pack.yaml} and the pack's parents, checks every file, compiles the lineage with
 * the Drools 10 executable model into one KieBase, and caches the result by content hash.
 *
 * <p>Parents named by {@code extends: <id>} are looked up first in a folder {@code <id>} next to the pack (on disk
 * or on the classpath), then among the built-in packs on the classpath under {@code org/gridgov/rules/packs/<id>/},
 * then among the packs a host adds ({@link #withParents}).
 *
 * <p>Caching: the key is the SHA-256 of every file of the pack and its parents (paths and bytes) plus the
 * context. Loading unchanged files again returns the same {@link PackLoadResult} (and the same
 * {@link CompiledPack} instance) without compiling. The cache is in memory and safe for concurrent use; two
 * threads loading the same files at once compile once. It keeps the {@value #CACHED} most recently used results
 * (a host that activates version after version of its packs must not keep every KieBase it ever compiled); an
 * evicted pack is compiled again when loaded again.
 *
 * <p>Failure modes: problems in a pack are values ({@link PackLoadResult.Failed}), never exceptions; an exception
 * from this class is a bug (or an {@link UncheckedIOException} when a folder cannot be listed).
 */
public final class PackLoader {
    private static final String BUILT_INS = "org/gridgov/rules/packs/";
    /** How many compiled packs the shared loader keeps. */
    public static final int CACHED = 64;
    private static final PackLoader SHARED = new PackLoader(PackLoader.class.getClassLoader(), CACHED);

    static {
        // Decision tables and DSL files meet Drools' parsers before the compiler does: quiet its loggers first.
        EngineLogs.quiet();
    }

    private final ClassLoader classLoader;
    private final java.util.function.Function<String, Optional<PackSource>> parents;
    private final ConcurrentMap<String, CompletableFuture<PackLoadResult>> cache;

    /** @param cached how many results to keep, the most recently used */
    PackLoader(ClassLoader classLoader, int cached) {
        this(classLoader, id -> Optional.empty(), cached);
    }

    private PackLoader(ClassLoader classLoader, java.util.function.Function<String, Optional<PackSource>> parents,
                       int cached) {
        this.classLoader = classLoader;
        this.parents = parents;
        // Guava's cache: a bounded concurrent map whose putIfAbsent stays atomic, evicting the least recently used.
        this.cache = CacheBuilder.newBuilder().maximumSize(cached)
                .<String, CompletableFuture<PackLoadResult>>build().asMap();
    }

    /** The shared loader that resolves parents among the built-in packs of the library's class loader. */
    public static PackLoader withBuiltIns() {
        return SHARED;
    }

    /**
     * A loader that also finds parents elsewhere: after a sibling folder and the built-in packs, {@code more} is
     * asked for a pack of the id (an application's shipped city packs, so that {@code extends: jilin} works from
     * any folder). The new loader has a cache of its own.
     *
     * @param more gives the pack of an id, or empty
     */
    public PackLoader withParents(java.util.function.Function<String, Optional<PackSource>> more) {
        Objects.requireNonNull(more, "more");
        return new PackLoader(classLoader, id -> parents.apply(id).or(() -> more.apply(id)), CACHED);
    }

    /**
     * Loads, checks and compiles a pack and its parents.
     *
     * @param source  the pack folder
     * @param context what the city knows, to warn about rules naming unknown categories or levels
     * @return the compiled pack with its warnings, or every problem found if there is an error
     * @throws NullPointerException if an argument is null
     */
    public PackLoadResult load(PackSource source, PackContext context) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(context, "context");
        List<PackProblem> problems = new ArrayList<>();
        Optional<List<PackFolder>> lineage = resolve(source, problems);
        if (lineage.isEmpty()) {
            return new PackLoadResult.Failed(problems);
        }
        String hash = ContentHash.of(lineage.get());
        String key = hash + "|" + new TreeSet<>(context.knownCategories()) + "|" + new TreeSet<>(context.knownLevels());
        CompletableFuture<PackLoadResult> mine = new CompletableFuture<>();
        CompletableFuture<PackLoadResult> existing = cache.putIfAbsent(key, mine);
        if (existing != null) {
            return existing.join();
        }
        try {
            PackLoadResult result = PackCompiler.compile(lineage.get(), hash, context);
            mine.complete(result);
            return result;
        } catch (RuntimeException | Error e) {
            cache.remove(key, mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }

    private Optional<List<PackFolder>> resolve(PackSource source, List<PackProblem> problems) {
        List<PackFolder> chain = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        PackSource current = source;
        while (true) {
            Optional<PackFolder> folder = read(current, problems);
            if (folder.isEmpty()) {
                return Optional.empty();
            }
            PackManifest m = folder.get().manifest();
            if (!seen.add(m.id())) {
                PackFolder child = chain.get(chain.size() - 1);
                String cycle = String.join(" → ", seen) + " → " + m.id();
                problems.add(PackProblem.error(child.manifest().id(), ManifestReader.FILE, extendsLine(child),
                        Bilingual.of("extends 形成了循环: " + cycle, "'extends' forms a cycle: " + cycle)));
                return Optional.empty();
            }
            chain.add(folder.get());
            if (m.extendsPack().isEmpty()) {
                return Optional.of(chain);
            }
            String parent = m.extendsPack().get();
            Optional<PackSource> next = current.sibling(parent).or(() -> builtIn(parent))
                    .or(() -> parents.apply(parent));
            if (next.isEmpty()) {
                problems.add(PackProblem.error(m.id(), ManifestReader.FILE, extendsLine(folder.get()), Bilingual.of(
                        "找不到上级包 " + parent + ": 旁边没有名为 " + parent + " 的文件夹, 也没有这个内置包",
                        "unknown parent pack " + parent + ": there is no folder " + parent
                                + " next to this pack and no built-in pack of that id")));
                return Optional.empty();
            }
            current = next.get();
        }
    }

    private Optional<PackSource> builtIn(String id) {
        return classLoader.getResource(BUILT_INS + id + "/" + ManifestReader.FILE) == null ? Optional.empty()
                : Optional.of(PackSource.classpath(classLoader, BUILT_INS + id));
    }

    private static Optional<PackFolder> read(PackSource source, List<PackProblem> problems) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        try {
            for (String f : source.files()) {
                files.put(f, source.read(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the pack at " + source.describe(), e);
        }
        byte[] yaml = files.get(ManifestReader.FILE);
        if (yaml == null) {
            problems.add(PackProblem.error(source.id(), ManifestReader.FILE, 0, Bilingual.of(
                    "找不到 pack.yaml (" + source.describe() + ")", "pack.yaml not found (" + source.describe() + ")")));
            return Optional.empty();
        }
        return ManifestReader.read(source.id(), new String(yaml, StandardCharsets.UTF_8), problems)
                .map(m -> new PackFolder(source, m, files));
    }

    private static int extendsLine(PackFolder p) {
        String[] lines = new String(p.files().get(ManifestReader.FILE), StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].stripLeading().startsWith("extends")) {
                return i + 1;
            }
        }
        return 0;
    }
}
