package org.claimcheck.claim.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimcheck.claim.Problem;
import org.claimcheck.claim.SourceLocation;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

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
        Optional<Boolean> bool = value.get() instanceof ScalarNode scalar ? PlainValues.bool(scalar) : Optional.empty();
        return bool.isPresent() ? bool : problem(key, value.get(), "true or false");
    }

    /** A required or optional finite number, held as written (see {@link PlainValues#number}). */
    Optional<Double> number(String key, boolean required) {
        Optional<Node> value = node(key);
        if (value.isEmpty()) {
            return missing(key, required, "a number");
        }
        if (!(value.get() instanceof ScalarNode scalar)) {
            return problem(key, value.get(), "a finite number");
        }
        try {
            return Optional.of(PlainValues.number(scalar));
        } catch (PlainValues.RefusedException e) {
            return problem(key, scalar, e.getMessage());
        }
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

    /** A free map of plain values (for check parameters); empty when a value is missing or not held as written. */
    Map<String, Object> plainMap(String key) {
        Optional<Node> value = node(key);
        if (value.isEmpty()) {
            return Map.of();
        }
        if (!(value.get() instanceof MappingNode)) {
            problem(key, value.get(), "a mapping of parameters");
            return Map.of();
        }
        Optional<Object> plain = PlainValues.plain(value.get(), file, child(key), problems);
        Map<String, Object> result = new LinkedHashMap<>();
        plain.ifPresent(map -> ((Map<?, ?>) map).forEach((k, v) -> result.put((String) k, v)));
        return result;
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
}
