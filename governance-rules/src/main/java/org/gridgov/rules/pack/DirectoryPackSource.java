package org.gridgov.rules.pack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A pack folder on disk. */
final class DirectoryPackSource implements PackSource {
    private final Path dir;

    DirectoryPackSource(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    @Override
    public String id() {
        return dir.getFileName() == null ? "" : dir.getFileName().toString();
    }

    @Override
    public List<String> files() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    @Override
    public byte[] read(String relativePath) throws IOException {
        return Files.readAllBytes(dir.resolve(relativePath));
    }

    @Override
    public String describe() {
        return dir.toString();
    }

    @Override
    public Optional<PackSource> sibling(String id) {
        Path parent = dir.getParent();
        if (parent == null || id.contains("/") || id.contains("\\") || id.contains("..")) {
            return Optional.empty();
        }
        Path sib = parent.resolve(id);
        return Files.isRegularFile(sib.resolve("pack.yaml")) ? Optional.of(new DirectoryPackSource(sib))
                : Optional.empty();
    }
}
