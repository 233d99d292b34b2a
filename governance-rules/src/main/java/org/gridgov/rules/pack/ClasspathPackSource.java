package org.gridgov.rules.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** A pack folder on the classpath: in a directory (tests, IDEs) or in a jar. */
final class ClasspathPackSource implements PackSource {
    private final ClassLoader loader;
    private final String base;

    ClasspathPackSource(ClassLoader loader, String basePath) {
        this.loader = loader;
        String b = basePath.startsWith("/") ? basePath.substring(1) : basePath;
        this.base = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    }

    @Override
    public String id() {
        return base.substring(base.lastIndexOf('/') + 1);
    }

    @Override
    public List<String> files() {
        TreeSet<String> out = new TreeSet<>();
        try {
            for (URL url : Collections.list(loader.getResources(base + "/"))) {
                if ("file".equals(url.getProtocol())) {
                    Path dir = Path.of(url.toURI());
                    try (Stream<Path> walk = Files.walk(dir)) {
                        walk.filter(Files::isRegularFile)
                                .forEach(p -> out.add(dir.relativize(p).toString().replace('\\', '/')));
                    }
                } else if ("jar".equals(url.getProtocol())) {
                    JarURLConnection conn = (JarURLConnection) url.openConnection();
                    conn.setUseCaches(false);
                    try (JarFile jar = conn.getJarFile()) {
                        String prefix = base + "/";
                        for (JarEntry e : Collections.list(jar.entries())) {
                            if (!e.isDirectory() && e.getName().startsWith(prefix)) {
                                out.add(e.getName().substring(prefix.length()));
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list classpath:" + base, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad classpath URL for " + base, e);
        }
        return List.copyOf(out);
    }

    @Override
    public byte[] read(String relativePath) throws IOException {
        try (InputStream in = loader.getResourceAsStream(base + "/" + relativePath)) {
            if (in == null) {
                throw new NoSuchFileException("classpath:" + base + "/" + relativePath);
            }
            return in.readAllBytes();
        }
    }

    @Override
    public String describe() {
        return "classpath:" + base;
    }

    @Override
    public Optional<PackSource> sibling(String id) {
        int cut = base.lastIndexOf('/');
        if (cut < 0 || id.contains("/") || id.contains("..")) {
            return Optional.empty();
        }
        String sib = base.substring(0, cut) + "/" + id;
        return loader.getResource(sib + "/pack.yaml") != null ? Optional.of(new ClasspathPackSource(loader, sib))
                : Optional.empty();
    }
}
