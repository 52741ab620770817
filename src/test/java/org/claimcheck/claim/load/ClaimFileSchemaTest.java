package org.claimcheck.claim.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schema editors validate claim files with (claims/schema/claim-file.schema.json) agrees with the loader:
 * every claim file the project ships passes both, and a file the loader refuses is refused by the schema too.
 * The schema is checked by an independent validator (networknt json-schema-validator, draft 2020-12).
 */
class ClaimFileSchemaTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final JsonSchema SCHEMA;

    static {
        try {
            SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(Files.readString(Path.of("claims/schema/claim-file.schema.json")));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Stream<Path> shippedClaimFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(Path.of("claims"))) {
            return walk.filter(p -> p.getParent() != null && p.getParent().getFileName().toString().equals("claims")
                    && p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("shippedClaimFiles")
    void should_accept_every_shipped_claim_file(Path file) throws IOException {
        Set<ValidationMessage> errors = SCHEMA.validate(YAML.readTree(file.toFile()));
        assertThat(errors).isEmpty();
        assertThat(ClaimFileLoader.load(file, file.toString()).problems()).isEmpty();
    }

    @Test
    void should_refuse_what_the_loader_refuses() throws IOException {
        List<String> broken = List.of(
                "claims: [{id: x, quote: q, section: s, asserts: {figure: '50%'}, interpretations: "
                        + "[{id: a, reading: r, stated: 'yes', fact: f}]}]",
                "claims: [{id: x, qoute: q, section: s, asserts: {figure: '50%'}}]",
                "claims: [{id: Not-Kebab, quote: q, section: s, asserts: {mechanism: m}}]",
                "claims: [{id: x, quote: q, section: s, asserts: {figure: '50%', mechanism: m}}]");
        for (String yaml : broken) {
            JsonNode tree = YAML.readTree(yaml);
            assertThat(SCHEMA.validate(tree)).as(yaml).isNotEmpty();
            Path file = Files.createTempFile("claims", ".yaml");
            Files.writeString(file, yaml);
            assertThat(ClaimFileLoader.load(file, "x.yaml").problems()).as(yaml).isNotEmpty();
            Files.delete(file);
        }
    }
}
