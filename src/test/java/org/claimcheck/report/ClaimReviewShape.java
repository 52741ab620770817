package org.claimcheck.report;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * schema.org's ClaimReview shape as a JSON Schema, written by hand from schema.org's pages and Google's fact-check
 * guide ({@code src/test/resources/schema-org/claimreview-shape.schema.json} says which), checked by an independent
 * validator (networknt json-schema-validator, draft 2020-12).
 */
public final class ClaimReviewShape {

    public static final JsonSchema SCHEMA = load();

    private ClaimReviewShape() {
    }

    private static JsonSchema load() {
        try {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(Files.readString(Path.of("src/test/resources/schema-org/claimreview-shape.schema.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
