package org.gridgov.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Generates the published JSON Schema of the profile format from the records of this package. Run
 * {@link #main} to refresh {@code city-profile.schema.json} after changing the format; a test fails while the
 * committed schema is stale.
 */
final class ProfileSchema {
    static final Path PUBLISHED = Path.of("src/main/resources/org/gridgov/profile/city-profile.schema.json");

    private ProfileSchema() {
    }

    static String generate() {
        ObjectMapper mapper = new ObjectMapper();
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(mapper, SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON)
                .with(new JacksonModule())
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT)
                .with(Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES)
                .with(Option.DEFINITIONS_FOR_ALL_OBJECTS);
        // A name is either {zh, en} or a plain Chinese text.
        config.forTypesInGeneral().withCustomDefinitionProvider((type, context) -> {
            if (type.getErasedType() != NameSpec.class) {
                return null;
            }
            ObjectNode def = mapper.createObjectNode();
            var any = def.putArray("anyOf");
            any.addObject().put("type", "string").put("description", "Chinese name (the English part repeats it)");
            ObjectNode obj = any.addObject().put("type", "object").put("additionalProperties", false);
            obj.putObject("properties").putObject("zh").put("type", "string");
            ((ObjectNode) obj.get("properties")).putObject("en").put("type", "string");
            obj.putArray("required").add("zh");
            return new CustomDefinition(def, CustomDefinition.DefinitionType.STANDARD, CustomDefinition.AttributeInclusion.NO);
        });
        // Times of day are written as people write them, 08:30, not as RFC 3339 full times.
        config.forTypesInGeneral().withCustomDefinitionProvider((type, context) -> {
            if (type.getErasedType() != java.time.LocalTime.class) {
                return null;
            }
            ObjectNode def = mapper.createObjectNode().put("type", "string")
                    .put("pattern", "^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$");
            return new CustomDefinition(def, CustomDefinition.DefinitionType.INLINE, CustomDefinition.AttributeInclusion.NO);
        });
        ObjectNode schema = new SchemaGenerator(config.build()).generateSchema(CityProfile.class);
        schema.put("$id", "https://gridgov.org/schema/city-profile.schema.json");
        schema.put("title", "gridgov city profile (城市配置)");
        schema.put("description", "A city's levels, catalogues, jurisdiction source, organizations, people and "
                + "assignments, as read by org.gridgov.profile.ProfileReader.");
        return schema.toPrettyString() + "\n";
    }

    static JsonNode published() throws IOException {
        return new ObjectMapper().readTree(Files.readString(PUBLISHED, StandardCharsets.UTF_8));
    }

    /** Writes the schema to its published place. */
    public static void main(String[] args) throws IOException {
        Files.writeString(PUBLISHED, generate(), StandardCharsets.UTF_8);
        System.out.println("wrote " + PUBLISHED.toAbsolutePath());
    }
}
