package org.gridgov.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.drools.model.codegen.ExecutableModelProject;
import org.gridgov.rules.pack.PackContext;
import org.gridgov.rules.pack.PackLoadResult;
import org.gridgov.rules.pack.PackLoader;
import org.gridgov.rules.pack.PackSource;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * The child JVM of the pack-load benchmark: loads one pack cold, the library's way or raw Drools' way, and prints
 * what it measured as {@code key=seconds} lines on stdout. A fresh JVM per load is what "cold" means: no class
 * loaded, nothing compiled by the JIT, no pack cached.
 *
 * <p>Arguments: {@code library <pack folder>} or {@code raw <pack folder> <rules file inside it>}.
 */
public final class ColdPackLoad {
    private ColdPackLoad() {
    }

    /** Runs one cold load; exits with 1 if the pack does not compile. */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        long t0 = System.nanoTime();
        if (args[0].equals("library")) {
            PackLoadResult first = PackLoader.withBuiltIns().load(PackSource.directory(dir), PackContext.unchecked());
            double load = seconds(t0);
            if (!(first instanceof PackLoadResult.Loaded loaded)) {
                System.err.println(first.problems());
                System.exit(1);
                return;
            }
            // The same files again, in the same JVM: found in the cache by content hash.
            long t1 = System.nanoTime();
            PackLoadResult again = PackLoader.withBuiltIns().load(PackSource.directory(dir), PackContext.unchecked());
            double cached = seconds(t1);
            if (!(again instanceof PackLoadResult.Loaded reloaded) || reloaded.pack() != loaded.pack()) {
                System.err.println("the second load was not served from the cache");
                System.exit(1);
                return;
            }
            print("load", load);
            print("cached", cached);
            print("rules", loaded.pack().kieBase().getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum());
        } else {
            // What DroolsBuild does at its core, without reading the manifest, the checks, the table analysis,
            // the rule catalogue or the cache.
            String file = args[2];
            KieServices ks = KieServices.Factory.get();
            ReleaseId rid = ks.newReleaseId("org.gridgov.bench", "raw", "1.0");
            KieFileSystem kfs = ks.newKieFileSystem();
            kfs.generateAndWritePomXML(rid);
            kfs.write("src/main/resources/org/gridgov/packs/bench/" + Path.of(file).getFileName(),
                    Files.readAllBytes(dir.resolve(file)));
            KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
            if (builder.getResults().hasMessages(Message.Level.ERROR)) {
                System.err.println(builder.getResults().getMessages(Message.Level.ERROR));
                System.exit(1);
                return;
            }
            KieBase base = ks.newKieContainer(rid).getKieBase();
            print("load", seconds(t0));
            print("rules", base.getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum());
        }
        // From the process start: JVM start-up and class loading before main included.
        ProcessHandle.current().info().startInstant().ifPresent(start ->
                print("process", Duration.between(start, Instant.now()).toNanos() / 1e9));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void print(String key, double value) {
        System.out.println(String.format(Locale.ROOT, "%s=%.4f", key, value));
    }
}
