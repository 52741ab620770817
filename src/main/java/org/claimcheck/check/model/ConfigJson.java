package org.claimcheck.check.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.SourcedValue;
import org.claimcheck.claim.Source;
import org.claimcheck.unit.Unit;

/**
 * The fields of one parsed {@code config.json}, read with typed accessors that record every value read as a
 * {@link SourcedValue} citing the file and the field. A field that is missing, mistyped or out of range, and a rule
 * between fields that fails, is a problem {@code path: field: expected X, got Y}; reading goes on, so that
 * {@link #throwProblems} reports every problem of the file at once. After a problem an accessor returns a stand-in
 * in the field's range, which lets reading continue and never reaches an {@link Architecture}.
 * Not thread-safe: one instance serves one read.
 */
final class ConfigJson {

    private final JsonNode root;
    private final String citedPath;
    private final List<SourcedValue> read = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final Set<String> invalid = new HashSet<>();

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

    /** A required string field; {@code expected} words the problem when it is absent or not a string. */
    String text(String field, String expected) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull() || !node.isTextual()) {
            report(field, expected, node == null || node.isNull() ? "nothing" : node.toString());
            return "";
        }
        return node.asText();
    }

    /** An optional string field. */
    Optional<String> optionalText(String field) {
        JsonNode node = root.get(field);
        return node != null && node.isTextual() ? Optional.of(node.asText()) : Optional.empty();
    }

    /** A required integer field, at least {@code min}; {@code min} after a problem. */
    long count(String field, long min, Unit unit) {
        if (!stated(field)) {
            report(field, expectation(min), "nothing");
            return min;
        }
        return record(field, integral(field, min), unit, field);
    }

    /**
     * An integer field that may be absent or null; then {@code fallback} is used and the source says so.
     *
     * @param fallbackWhy how the fallback was chosen, e.g. "Hugging Face default: hidden_size / num_attention_heads"
     */
    long countOr(String field, long min, Unit unit, long fallback, String fallbackWhy) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            String how = node == null ? "absent" : "null";
            return record(field, fallback, unit, field + " (" + how + "; " + fallbackWhy + ")");
        }
        return record(field, integral(field, min), unit, field);
    }

    /**
     * An integer field that only the consistency rules read, {@code fallback} when absent or null. No count uses it,
     * so it is not recorded as an input.
     */
    long ruleCountOr(String field, long min, long fallback) {
        return stated(field) ? integral(field, min) : fallback;
    }

    /** A required integer field that only the consistency rules read; not recorded as an input. */
    long ruleCount(String field, long min) {
        if (!stated(field)) {
            report(field, expectation(min), "nothing");
            return min;
        }
        return integral(field, min);
    }

    /** Whether a field is present and not null. */
    boolean stated(String field) {
        JsonNode node = root.get(field);
        return node != null && !node.isNull();
    }

    /** Whether an integer field is absent, null or 0 (DeepSeek's way of switching a low-rank projection off). */
    boolean absentOrZero(String field) {
        JsonNode node = root.get(field);
        return node == null || node.isNull() || (node.isIntegralNumber() && node.asLong() == 0);
    }

    /** A boolean field, {@code fallback} when absent, null or (after a problem) not a boolean; recorded as 1 or 0. */
    boolean flag(String field, boolean fallback, String fallbackWhy) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            record(field, fallback ? 1 : 0, Unit.COUNT, field + " (absent; " + fallbackWhy + ")");
            return fallback;
        }
        if (!node.isBoolean()) {
            report(field, "true or false", node.toString());
            return fallback;
        }
        record(field, node.asBoolean() ? 1 : 0, Unit.COUNT, field);
        return node.asBoolean();
    }

    /** An integer inside an object field, such as {@code rope_scaling.original_max_position_embeddings}. */
    Optional<Long> nestedCount(String object, String field, Unit unit) {
        JsonNode parent = root.get(object);
        JsonNode node = parent == null ? null : parent.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        String path = object + "." + field;
        return Optional.of(record(path, integral(path, node, 1), unit, path));
    }

    /**
     * An optional list of distinct layer indices in {@code [0, layers)}, such as {@code mlp_only_layers}; empty when
     * absent or null, and after a problem. Recorded as the number of indices.
     */
    List<Long> layerIndices(String field, long layers) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            record(field, 0, Unit.LAYERS, field + " (absent; no layer listed)");
            return List.of();
        }
        String expected = "a list of distinct layer indices in [0, " + layers + ")";
        if (!node.isArray()) {
            report(field, expected, node.toString());
            return List.of();
        }
        Set<Long> indices = new TreeSet<>();
        for (JsonNode entry : node) {
            if (!entry.isIntegralNumber() || !entry.canConvertToLong() || entry.asLong() < 0
                    || entry.asLong() >= layers || !indices.add(entry.asLong())) {
                report(field, expected, entry.toString());
                return List.of();
            }
        }
        record(field, indices.size(), Unit.LAYERS, field);
        return List.copyOf(indices);
    }

    /**
     * An optional list of one word per layer, each one of {@code allowed}, such as {@code layer_types}; empty when
     * absent or null, and after a problem (its length must be {@code layers}). Not recorded: the caller records what
     * it derives.
     */
    List<String> layerWords(String field, long layers, List<String> allowed) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return List.of();
        }
        String expected = "a list of " + layers + " entries (num_hidden_layers), each " + String.join(" or ", allowed);
        if (!node.isArray() || node.size() != layers) {
            report(field, expected, node.isArray() ? "a list of " + node.size() : node.toString());
            return List.of();
        }
        List<String> words = new ArrayList<>();
        for (JsonNode entry : node) {
            if (!entry.isTextual() || !allowed.contains(entry.asText())) {
                report(field, expected, entry.toString());
                return List.of();
            }
            words.add(entry.asText());
        }
        return words;
    }

    /** A value that does not come from the file, with its own source. */
    long assumed(String name, long value, Unit unit, Source source) {
        read.add(new SourcedValue(name, value, unit, source));
        return value;
    }

    /** Records a problem of a field of this file: {@code path: field: expected X, got Y}. */
    void report(String field, String expected, String got) {
        problems.add(problem(citedPath, field, expected, got));
        invalid.add(field);
    }

    /** The text of a problem of a field of a config: {@code path: field: expected X, got Y}. */
    static String problem(String citedPath, String field, String expected, String got) {
        return String.format(Locale.ROOT, "%s: %s: expected %s, got %s", citedPath, field, expected, got);
    }

    /**
     * A rule between fields: when it fails, a problem of {@code field}, unless {@code field} or one of the fields the
     * rule reads ({@code from}) already has a problem, which then explains it.
     *
     * @return whether the rule holds
     */
    boolean rule(boolean holds, String field, String expected, String got, String... from) {
        if (!holds && valid(field) && valid(from)) {
            report(field, expected, got);
        }
        return holds;
    }

    /** Whether none of the fields has a problem so far. */
    boolean valid(String... fields) {
        for (String field : fields) {
            if (invalid.contains(field)) {
                return false;
            }
        }
        return true;
    }

    /** @throws CheckException INVALID_INPUT with every problem found so far, in reading order, when there is one */
    void throwProblems() throws CheckException {
        if (!problems.isEmpty()) {
            throw CheckException.invalid(problems);
        }
    }

    private long integral(String field, long min) {
        return integral(field, root.get(field), min);
    }

    private long integral(String field, JsonNode node, long min) {
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.asLong() < min) {
            report(field, expectation(min), node.toString());
            return min;
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
