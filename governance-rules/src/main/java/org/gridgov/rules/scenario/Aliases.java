package org.gridgov.rules.scenario;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The Chinese keys of scenario files and the English keys they stand for, read off the readers' DTOs. */
final class Aliases {
    private Aliases() {
    }

    /** Each alias of the records' components and the component names (or {@code @JsonProperty} names) it stands for. */
    static Map<String, Set<String>> of(List<Class<?>> dtos) {
        Map<String, Set<String>> out = new HashMap<>();
        for (Class<?> dto : dtos) {
            for (RecordComponent c : dto.getRecordComponents()) {
                JsonProperty renamed = c.getAccessor().getAnnotation(JsonProperty.class);
                String key = renamed != null ? renamed.value() : c.getName();
                JsonAlias alias = c.getAccessor().getAnnotation(JsonAlias.class);
                if (alias != null) {
                    for (String a : alias.value()) {
                        out.computeIfAbsent(a, k -> new HashSet<>()).add(key);
                    }
                }
            }
        }
        return out;
    }
}
