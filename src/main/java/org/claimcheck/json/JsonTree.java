package org.claimcheck.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The project's one JSON mapper, for every JSON file it reads (model configs, figure files, the files facts point
 * into) and every JSON report it writes. Reading is strict: a name twice in one object is an error, not a last value
 * that silently wins (RFC 8259 §4 leaves such objects' meaning to the reader), and so is anything after the value.
 * One mapper also means Jackson is set up once per run, not once per class that reads JSON.
 */
public final class JsonTree {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private JsonTree() {
    }

    /**
     * The tree of a JSON text; a missing node for a text of white space only.
     *
     * @throws JsonProcessingException when the text is not one JSON value, or an object names a key twice
     */
    public static JsonNode parse(String text) throws JsonProcessingException {
        return MAPPER.readTree(text);
    }

    /**
     * What a failed parse says, on one line: the first line of Jackson's message ("Duplicate field 'x'"), or
     * {@code otherwise} when it has none.
     */
    public static String firstLine(JsonProcessingException e, String otherwise) {
        return e.getOriginalMessage().lines().findFirst().orElse(otherwise);
    }

    /** Where a failed parse stopped, as " at line 3, column 6"; empty when Jackson gives no place. */
    public static String at(JsonProcessingException e) {
        return e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }

    /** A new, empty object node. */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** A writer with Jackson's defaults, for callers to add their printer and escapes to. */
    public static ObjectWriter writer() {
        return MAPPER.writer();
    }
}
