package org.claimcheck.check.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.SourcedValue;
import org.claimcheck.claim.Source;
import org.claimcheck.unit.Unit;

/**
 * The fields of one parsed {@code config.json}, read with typed accessors that record every value read as a
 * {@link SourcedValue} citing the file and the field, and whose errors read {@code path: field: expected X, got Y}.
 * Not thread-safe: one instance serves one read.
 */
final class ConfigJson {

    private final JsonNode root;
    private final String citedPath;
    private final List<SourcedValue> read = new ArrayList<>();

    ConfigJson(JsonNode root, String citedPath) {
        this.root = root;
        this.citedPath = citedPath;
    }

    String citedPath() {
        return citedPath;
    }

    /** The fields read so far, in reading order. */
    List<SourcedValue> fieldsRead() {
        return List.copyOf(read);
    }

    /** A required string field; {@code expected} words the error when it is absent or not a string. */
    String text(String field, String expected) throws CheckException {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            throw problem(field, expected, "nothing");
        }
        if (!node.isTextual()) {
            throw problem(field, expected, node.toString());
        }
        return node.asText();
    }

    /** An optional string field. */
    Optional<String> optionalText(String field) {
        JsonNode node = root.get(field);
        return node != null && node.isTextual() ? Optional.of(node.asText()) : Optional.empty();
    }

    /** A required integer field, at least {@code min}. */
    long count(String field, long min, Unit unit) throws CheckException {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            throw problem(field, expectation(min), "nothing");
        }
        return record(field, integral(field, node, min), unit, field);
    }

    /**
     * An integer field that may be absent or null; then {@code fallback} is used and the source says so.
     *
     * @param fallbackWhy how the fallback was chosen, e.g. "Hugging Face default: hidden_size / num_attention_heads"
     */
    long countOr(String field, long min, Unit unit, long fallback, String fallbackWhy) throws CheckException {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            String how = node == null ? "absent" : "null";
            return record(field, fallback, unit, field + " (" + how + "; " + fallbackWhy + ")");
        }
        return record(field, integral(field, node, min), unit, field);
    }

    /** Whether an integer field is absent, null or 0 (DeepSeek's way of switching a low-rank projection off). */
    boolean absentOrZero(String field) {
        JsonNode node = root.get(field);
        return node == null || node.isNull() || (node.isIntegralNumber() && node.asLong() == 0);
    }

    /** A boolean field, {@code fallback} when absent or null; recorded as 1 or 0. */
    boolean flag(String field, boolean fallback, String fallbackWhy) throws CheckException {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            record(field, fallback ? 1 : 0, Unit.COUNT, field + " (absent; " + fallbackWhy + ")");
            return fallback;
        }
        if (!node.isBoolean()) {
            throw problem(field, "true or false", node.toString());
        }
        record(field, node.asBoolean() ? 1 : 0, Unit.COUNT, field);
        return node.asBoolean();
    }

    /** An integer inside an object field, such as {@code rope_scaling.original_max_position_embeddings}. */
    Optional<Long> nestedCount(String object, String field, Unit unit) throws CheckException {
        JsonNode parent = root.get(object);
        JsonNode node = parent == null ? null : parent.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        String path = object + "." + field;
        return Optional.of(record(path, integral(path, node, 1), unit, path));
    }

    /** A value that does not come from the file, with its own source. */
    long assumed(String name, long value, Unit unit, Source source) {
        read.add(new SourcedValue(name, value, unit, source));
        return value;
    }

    /** An error about a field of this file: {@code path: field: expected X, got Y}. */
    CheckException problem(String field, String expected, String got) {
        return CheckException.invalid(
                String.format(Locale.ROOT, "%s: %s: expected %s, got %s", citedPath, field, expected, got));
    }

    private long integral(String field, JsonNode node, long min) throws CheckException {
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.asLong() < min) {
            throw problem(field, expectation(min), node.toString());
        }
        return node.asLong();
    }

    private long record(String name, long value, Unit unit, String locator) {
        read.add(new SourcedValue(name, value, unit, Source.file(citedPath, locator)));
        return value;
    }

    private static String expectation(long min) {
        return min == 1 ? "a positive integer" : "an integer >= " + min;
    }
}
