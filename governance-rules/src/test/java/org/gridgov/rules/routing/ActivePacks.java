package org.gridgov.rules.routing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.drools.model.codegen.ExecutableModelProject;
import org.gridgov.i18n.Bilingual;
import org.gridgov.policy.PolicyVersion;
import org.gridgov.rules.runtime.ActivePack;
import org.gridgov.rules.runtime.CompiledActivePack;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.DecisionTableConfiguration;
import org.kie.internal.builder.DecisionTableInputType;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.kie.internal.utils.KieHelper;
import org.gridgov.rules.pack.PackContext;
import org.gridgov.rules.pack.PackLoadResult;
import org.gridgov.rules.pack.PackLoader;
import org.gridgov.rules.pack.PackSource;

/** The packs routing tests use: the shipped base pack, and small packs compiled straight from their files. */
final class ActivePacks {
    private static final String BASE = "org/gridgov/rules/packs/base/";
    private static ActivePack base;

    private ActivePacks() {
    }

    /** The shipped base pack, loaded by the pack loader as a city would load it. */
    static synchronized ActivePack base() {
        if (base == null) {
            PackLoadResult result = PackLoader.withBuiltIns().load(
                    PackSource.classpath(ActivePacks.class.getClassLoader(), BASE), PackContext.unchecked());
            if (!(result instanceof PackLoadResult.Loaded loaded)) {
                throw new IllegalStateException("the base pack does not load: " + result.problems());
            }
            base = CompiledActivePack.of(loaded.pack());
        }
        return base;
    }

    static ActivePack compile(String folder, List<String> files, String version) {
        KieHelper helper = new KieHelper();
        for (String f : files) {
            var resource = ResourceFactory.newByteArrayResource(read(folder + f)).setSourcePath(folder + f);
            if (f.endsWith(".drl.csv")) {
                DecisionTableConfiguration c = KnowledgeBuilderFactory.newDecisionTableConfiguration();
                c.setInputType(DecisionTableInputType.CSV);
                resource.setResourceType(ResourceType.DTABLE);
                resource.setConfiguration(c);
                helper.addResource(resource, ResourceType.DTABLE);
            } else {
                helper.addResource(resource, ResourceType.determineResourceType(f));
            }
        }
        KieBase kieBase = helper.build(ExecutableModelProject.class);
        ObjectNode settings;
        try {
            settings = (ObjectNode) new YAMLMapper().readTree(read(folder + "pack.yaml")).get("settings");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SimplePack(kieBase, settings, new PolicyVersion("base", version, "test"));
    }

    static byte[] read(String path) {
        try (InputStream in = ActivePacks.class.getClassLoader().getResourceAsStream(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A pack whose rule metadata is read from the KieBase. */
    record SimplePack(KieBase kieBase, ObjectNode settings, PolicyVersion version) implements ActivePack {
        private Map<String, Object> meta(String rule) {
            return kieBase.getKiePackages().stream().flatMap(p -> p.getRules().stream())
                    .filter(r -> r.getName().equals(rule)).findFirst().map(Rule::getMetaData).orElse(Map.of());
        }

        @Override
        public int priority(String rule) {
            Object p = meta(rule).get("priority");
            return p == null ? 0 : Integer.parseInt(p.toString().strip());
        }

        @Override
        public Bilingual description(String rule) {
            Map<String, Object> m = meta(rule);
            return Bilingual.of(String.valueOf(m.getOrDefault("description_zh", rule)),
                    String.valueOf(m.getOrDefault("description_en", rule)));
        }
    }
}
