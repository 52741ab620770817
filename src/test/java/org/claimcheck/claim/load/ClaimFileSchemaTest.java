package org.claimcheck.claim.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The JSON Schema editors validate claim files with (claims/schema/claim-file.schema.json) agrees with the loader:
 * every claim file the project ships passes both, and a file the loader refuses is refused by the schema too.
 * The schema is checked by an independent validator (networknt json-schema-validator, draft 2020-12), on the data a
 * YAML 1.2 reader (JSON schema, as the loader) makes of each file: read by YAML 1.1, {@code stated: yes} would be the
 * boolean true and pass a schema that the loader's reading fails.
 */
class ClaimFileSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
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
        Set<ValidationMessage> errors = SCHEMA.validate(tree(Files.readString(file)));
        assertThat(errors).isEmpty();
        assertThat(ClaimFileLoader.load(file, file.toString()).problems()).isEmpty();
    }

    @Test
    void should_accept_the_claim_file_of_the_test_article_with_parts() throws IOException {
        Path file = Path.of("src/test/resources/articles/deepseek-v2-parts/claims/v2.yaml");
        assertThat(SCHEMA.validate(tree(Files.readString(file)))).isEmpty();
        assertThat(ClaimFileLoader.load(file, file.toString()).problems()).isEmpty();
    }

    @Test
    void should_refuse_what_the_loader_refuses() throws IOException {
        List<String> broken = List.of(
                "claims: [{id: x, quote: q, section: s, asserts: {figure: '50%'}, interpretations: "
                        + "[{id: a, reading: r, stated: 'yes', fact: f}]}]",
                "claims: [{id: x, quote: q, section: s, asserts: {figure: '50%'}, interpretations: "
                        + "[{id: a, reading: r, stated: yes, fact: f}]}]",
                "claims: [{id: x, quote: q, section: s, asserts: {figure: '50%', tolerance: {relative: 0x1F}}, "
                        + "interpretations: [{id: a, reading: r, stated: true, fact: f}]}]",
                "claims: [{id: x, qoute: q, section: s, asserts: {figure: '50%'}}]",
                "claims: [{id: Not-Kebab, quote: q, section: s, asserts: {mechanism: m}}]",
                "claims: [{id: x, quote: q, section: s, asserts: {figure: '50%', mechanism: m}}]",
                "claims: [{id: x, quote: q, section: s, asserts: {mechanism: m}, caveats: [{text: an opinion}]}]",
                "claims: [{id: x, quote: q, section: s, asserts: {mechanism: m}, caveats: [an opinion]}]",
                "claims: [{id: x, quote: q, section: s, asserts: {mechanism: m}, caveats: [{text: t, fact: f, "
                        + "source: {document: R, locator: p.1}}]}]",
                "claims: [{id: x, quote: q, section: s, asserts: {nothing_testable: n}, "
                        + "parts: [{id: a, asserts: {nothing_testable: n}}]}]",
                "claims: [{id: x, quote: q, section: s}]",
                "claims: [{id: x, quote: q, section: s, parts: []}]",
                "claims: [{id: x, quote: q, section: s, parts: [{id: a, quote: q, asserts: {nothing_testable: n}}]}]",
                "claims: [{id: x, quote: q, section: s, parts: [{id: a, asserts: {nothing_testable: n}}], "
                        + "interpretations: []}]",
                "claims: [{id: x, quote: q, section: s, parts: [{id: a, asserts: {mechanism: m}, interpretations: "
                        + "[{id: i, reading: r, stated: true, fact: f, asserted: p}]}], "
                        + "caveats: [{text: t, interpretation: i}]}]");
        for (String yaml : broken) {
            assertThat(SCHEMA.validate(tree(yaml))).as(yaml).isNotEmpty();
            Path file = Files.createTempFile("claims", ".yaml");
            Files.writeString(file, yaml);
            assertThat(ClaimFileLoader.load(file, "x.yaml").problems()).as(yaml).isNotEmpty();
            Files.delete(file);
        }
    }

    /** The data of a YAML 1.2 document, as JSON. */
    private static JsonNode tree(String yaml) {
        Load load = new Load(LoadSettings.builder().setSchema(new org.snakeyaml.engine.v2.schema.JsonSchema()).build());
        return JSON.valueToTree(load.loadFromString(yaml));
    }
}
