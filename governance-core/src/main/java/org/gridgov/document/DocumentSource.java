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

    /**
     * The UTF-8 bytes of a file named relative to this source, as a stream: for files too large to hold as one
     * string (a country's divisions are 50 MB). The caller closes it. By default the text read whole.
     *
     * @throws IOException if there is no such file or it cannot be opened
     */
    default InputStream open(String relativeName) throws IOException {
        return new java.io.ByteArrayInputStream(read(relativeName).getBytes(StandardCharsets.UTF_8));
    }

    /** Files in a directory on disk. */
    static DocumentSource directory(Path dir) {
        return new DocumentSource() {
            @Override
            public String read(String name) throws IOException {
                return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
            }

            @Override
            public InputStream open(String name) throws IOException {
                return Files.newInputStream(dir.resolve(name));
            }
        };
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
