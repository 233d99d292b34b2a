package org.gridgov.rules.pack;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The files of one pack folder, on disk or on the classpath.
 *
 * <p>Paths are relative to the pack folder and use {@code /}: {@code pack.yaml}, {@code rules/routing.drl}.
 */
public interface PackSource {

    /** The folder's name, which is the pack id by convention (the id that counts is the one in pack.yaml). */
    String id();

    /** Every file below the folder, sorted, as relative paths; empty if the folder does not exist. */
    List<String> files();

    /**
     * The bytes of a file.
     *
     * @throws IOException if the file does not exist or cannot be read
     */
    byte[] read(String relativePath) throws IOException;

    /** Where the folder is, for messages: a path or {@code classpath:…}. */
    String describe();

    /** A pack folder next to this one (for {@code extends}), if it exists and has a pack.yaml. */
    default Optional<PackSource> sibling(String id) {
        return Optional.empty();
    }

    /** A pack folder on disk. */
    static PackSource directory(Path dir) {
        return new DirectoryPackSource(dir);
    }

    /**
     * A pack folder on a class loader's classpath, e.g. {@code org/gridgov/rules/packs/base}; works for folders in
     * directories and in jars.
     */
    static PackSource classpath(ClassLoader loader, String basePath) {
        return new ClasspathPackSource(loader, basePath);
    }
}
