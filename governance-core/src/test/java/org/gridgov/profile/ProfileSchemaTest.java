package org.gridgov.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProfileSchemaTest {

    private static JsonSchema schema() throws IOException {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(ProfileSchema.published());
    }

    private static JsonNode smallCity() throws IOException {
        try (var in = ProfileSchemaTest.class.getResourceAsStream("/org/gridgov/city/small-city.yaml")) {
            return new YAMLMapper().readTree(in);
        }
    }

    @Test
    void thePublishedSchemaIsCurrent() throws IOException {
        assertThat(ProfileSchema.published())
                .as("city-profile.schema.json is stale: run ProfileSchema.main to regenerate it")
                .isEqualTo(new ObjectMapper().readTree(ProfileSchema.generate()));
    }

    @Test
    void aValidProfileValidates() throws IOException {
        Set<ValidationMessage> errors = schema().validate(smallCity());
        assertThat(errors).isEmpty();
    }

    @Test
    void aMisspeltKeyAndAWrongTypeAreFlaggedByTheSchema() throws IOException {
        JsonNode profile = smallCity();
        ((com.fasterxml.jackson.databind.node.ObjectNode) profile.get("roleTypes").get(0)).put("nmae", "x");
        ((com.fasterxml.jackson.databind.node.ObjectNode) profile.get("organizationTypes").get(0)).put("party", "yes");
        Set<ValidationMessage> errors = schema().validate(profile);
        assertThat(errors).extracting(ValidationMessage::getMessage)
                .anySatisfy(m -> assertThat(m).contains("nmae"))
                .anySatisfy(m -> assertThat(m).contains("party"));
    }
}
