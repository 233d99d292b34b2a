package org.gridgov.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Where a document's companion files are found: a profile names its division file relative to itself, and
 * the profile may live on disk or on the classpath (inside a jar).
 */
@FunctionalInterface
public interface DocumentSource {

    /**
     * The UTF-8 text of a file named relative to this source.
     *
     * @throws IOException if there is no such file or it cannot be read
     */
    String read(String relativeName) throws IOException;

    /** Files in a directory on disk. */
    static DocumentSource directory(Path dir) {
        return name -> Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
    }

    /**
     * Resources below a base path on a class loader's classpath, e.g. {@code org/gridgov/examples/jilin}.
     */
    static DocumentSource classpath(ClassLoader loader, String base) {
        String prefix = base.isEmpty() || base.endsWith("/") ? base : base + "/";
        return name -> {
            try (InputStream in = loader.getResourceAsStream(prefix + name)) {
                if (in == null) {
                    throw new NoSuchFileException("classpath:" + prefix + name);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        };
    }
}
