package org.claimcheck.claim.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimcheck.claim.Problem;
import org.claimcheck.claim.SourceLocation;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Typed reading of one YAML mapping, recording a problem for every missing, unknown or mistyped field instead of
 * stopping at the first.
 */
final class Fields {

    private final String file;
    private final String path;
    private final MappingNode node;
    private final Map<String, NodeTuple> byKey = new LinkedHashMap<>();
    private final List<Problem> problems;

    private Fields(String file, String path, MappingNode node, List<Problem> problems) {
        this.file = file;
        this.path = path;
        this.node = node;
        this.problems = problems;
        for (NodeTuple tuple : node.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                byKey.put(key.getValue(), tuple);
            }
        }
    }

    /** The fields of {@code node}, or empty with a problem when it is not a mapping. */
    static Optional<Fields> of(String file, String path, Node node, List<Problem> problems) {
        if (node instanceof MappingNode mapping) {
            return Optional.of(new Fields(file, path, mapping, problems));
        }
        problems.add(new Problem(location(file, node), path, "expected a mapping, got " + describe(node)));
        return Optional.empty();
    }

    /** Records a problem for every key not in {@code allowed}, with the nearest allowed key. */
    Fields allowOnly(Set<String> allowed) {
        for (Map.Entry<String, NodeTuple> entry : byKey.entrySet()) {
            if (!allowed.contains(entry.getKey())) {
                problems.add(new Problem(location(file, entry.getValue().getKeyNode()), child(entry.getKey()),
                        "expected a known field (" + Suggestions.oneOf(allowed) + "), got \"" + entry.getKey() + "\""
                                + Suggestions.didYouMean(entry.getKey(), allowed)));
            }
        }
        return this;
    }

    /** The entries with a scalar key, in file order. */
    List<NodeTuple> tuples() {
        return List.copyOf(byKey.values());
    }

    boolean has(String key) {
        return byKey.containsKey(key);
    }

    Optional<Node> node(String key) {
        return Optional.ofNullable(byKey.get(key)).map(NodeTuple::getValueNode);
    }

    /** A required or optional string; numbers are read as written. */
    Optional<String> string(String key, boolean required) {
        Optional<Node> value = node(key);
        if (value.isEmpty()) {
            return missing(key, required, "a string");
        }
        if (value.get() instanceof ScalarNode scalar && !scalar.getTag().equals(Tag.NULL)) {
            return Optional.of(scalar.getValue());
        }
        return problem(key, value.get(), "a string");
    }

    Optional<Boolean> bool(String key, boolean required) {
        Optional<Node> value = node(key);
        if (value.isEmpty()) {
            return missing(key, required, "true or false");
        }
        if (value.get() instanceof ScalarNode scalar && scalar.getTag().equals(Tag.BOOL)) {
            return Optional.of(Boolean.parseBoolean(scalar.getValue().toLowerCase(java.util.Locale.ROOT)));
        }
        return problem(key, value.get(), "true or false");
    }

    /** A required or optional finite number. */
    Optional<Double> number(String key, boolean required) {
        Optional<Node> value = node(key);
        if (value.isEmpty()) {
            return missing(key, required, "a number");
        }
        Object plain = plain(value.get());
        if (plain instanceof Number number && Double.isFinite(number.doubleValue())) {
            return Optional.of(number.doubleValue());
        }
        return problem(key, value.get(), "a finite number");
    }

    /** The items of a required or optional list. */
    List<Node> list(String key, boolean required) {
        Optional<Node> value = node(key);
        if (value.isEmpty()) {
            missing(key, required, "a list");
            return List.of();
        }
        if (value.get() instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        problem(key, value.get(), "a list");
        return List.of();
    }

    /** A nested mapping. */
    Optional<Fields> mapping(String key, boolean required) {
        Optional<Node> value = node(key);
        if (value.isEmpty()) {
            return missing(key, required, "a mapping");
        }
        return of(file, child(key), value.get(), problems);
    }

    /** A free map of plain values (for check parameters). */
    Map<String, Object> plainMap(String key) {
        Optional<Node> value = node(key);
        if (value.isEmpty()) {
            return Map.of();
        }
        if (plain(value.get()) instanceof Map<?, ?> map) {
            if (map.containsValue(null) || map.values().stream().anyMatch(v -> v instanceof List<?> l && l.contains(null))) {
                problem(key, value.get(), "a mapping of parameters, each with a value");
                return Map.of();
            }
            Map<String, Object> result = new LinkedHashMap<>();
            map.forEach((k, v) -> result.put(String.valueOf(k), v));
            return result;
        }
        problem(key, value.get(), "a mapping of parameters");
        return Map.of();
    }

    /** Records a problem at the value of {@code key}. */
    <T> Optional<T> problem(String key, Node at, String expected) {
        problems.add(new Problem(location(file, at), child(key), "expected " + expected + ", got " + describe(at)));
        return Optional.empty();
    }

    /** Records a problem at the value of {@code key} with a message of its own. */
    void report(String key, String message) {
        problems.add(new Problem(locationOf(key), child(key), message));
    }

    SourceLocation location() {
        return location(file, node);
    }

    SourceLocation locationOf(String key) {
        return node(key).map(value -> location(file, value)).orElse(location());
    }

    String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    String path() {
        return path;
    }

    String file() {
        return file;
    }

    List<Problem> problems() {
        return problems;
    }

    private <T> Optional<T> missing(String key, boolean required, String expected) {
        if (required) {
            problems.add(new Problem(location(), child(key), "expected " + expected + ", got nothing"));
        }
        return Optional.empty();
    }

    static SourceLocation location(String file, Node node) {
        return YamlFile.at(file, node.getStartMark());
    }

    /** "a list", "a mapping", or the scalar quoted: {@code "five percent"}. */
    static String describe(Node node) {
        if (node instanceof ScalarNode scalar) {
            return scalar.getTag().equals(Tag.NULL) ? "nothing" : "\"" + scalar.getValue() + "\"";
        }
        return node instanceof SequenceNode ? "a list" : "a mapping";
    }

    /** The Java value of a node: String, Long, Double, Boolean, List or Map; null for YAML null. */
    static Object plain(Node node) {
        if (node instanceof ScalarNode scalar) {
            return scalarValue(scalar);
        }
        if (node instanceof SequenceNode sequence) {
            List<Object> items = new ArrayList<>();
            sequence.getValue().forEach(item -> items.add(plain(item)));
            return items;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (NodeTuple tuple : ((MappingNode) node).getValue()) {
            map.put(String.valueOf(plain(tuple.getKeyNode())), plain(tuple.getValueNode()));
        }
        return map;
    }

    private static Object scalarValue(ScalarNode scalar) {
        String text = scalar.getValue();
        Tag tag = scalar.getTag();
        try {
            if (tag.equals(Tag.INT)) {
                return Long.parseLong(text.replace("_", ""));
            }
            if (tag.equals(Tag.FLOAT)) {
                return Double.parseDouble(text.replace("_", ""));
            }
        } catch (NumberFormatException e) {
            return text;
        }
        if (tag.equals(Tag.BOOL)) {
            return Boolean.parseBoolean(text.toLowerCase(java.util.Locale.ROOT));
        }
        return tag.equals(Tag.NULL) ? null : text;
    }
}
