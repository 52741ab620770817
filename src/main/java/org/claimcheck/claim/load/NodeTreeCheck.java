package org.claimcheck.claim.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
 * What makes a composed YAML file ambiguous, found in one walk of every node of every file:
 * <ul>
 *   <li>a key written twice in one mapping. YAML 1.2 requires unique keys (§3.2.1.1), but a composer keeps both and a
 *   reader of the last one would silently drop the first; snakeyaml-engine checks this only when it constructs Java
 *   objects, which claimcheck never does, since it reads the composed nodes to keep their positions;</li>
 *   <li>an explicit tag other than the JSON schema's own ({@code !!python/object:…}, {@code !!binary},
 *   {@code !secret}): a tag asks for a type claimcheck does not construct, so its value would be read as something its
 *   author did not mean. Tags the schema gives implicitly are not explicit ({@code ${HOME}} is text: nothing
 *   substitutes it);</li>
 *   <li>an alias inside its own anchor ({@code &a [*a]}), a value that contains itself and has no end.</li>
 * </ul>
 */
final class NodeTreeCheck {

    private static final Set<Tag> SCALAR_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL);
    private static final String STANDARD_TAGS = "!!str, !!int, !!float, !!bool, !!null, !!seq or !!map";

    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    /** Nodes already walked: an alias repeats its anchor's node, which is checked (and reported) once. */
    private final Set<Node> walked = Collections.newSetFromMap(new IdentityHashMap<>());

    private NodeTreeCheck(String file) {
        this.file = file;
    }

    /**
     * The problems of a file's node tree, in document order, each at the node it concerns with the field path that
     * {@link Fields} would give it ({@code claims[0].interpretations[1].with.seed}).
     *
     * @param file its path as reports show it
     */
    static List<Problem> problems(String file, Node root) {
        NodeTreeCheck check = new NodeTreeCheck(file);
        check.walk(root, "");
        return List.copyOf(check.problems);
    }

    private void walk(Node node, String path) {
        if (!walked.add(node)) {
            return;
        }
        if (!hasStandardTag(node)) {
            problems.add(new Problem(Fields.location(file, node), path, "expected no tag other than " + STANDARD_TAGS
                    + ", got \"" + shown(node.getTag()) + "\""));
        }
        if (node.isRecursive()) {
            problems.add(new Problem(Fields.location(file, node), path, "expected a value that does not contain "
                    + "itself, got an alias to an enclosing anchor"));
            return;
        }
        if (node instanceof SequenceNode sequence) {
            for (int i = 0; i < sequence.getValue().size(); i++) {
                walk(sequence.getValue().get(i), path + "[" + i + "]");
            }
        } else if (node instanceof MappingNode mapping) {
            walkMapping(mapping, path);
        }
    }

    private void walkMapping(MappingNode mapping, String path) {
        Map<String, Node> firstKeys = new HashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            // non-scalar keys are refused by the composer (LoadSettings.allowNonScalarKeys is false)
            ScalarNode key = (ScalarNode) tuple.getKeyNode();
            String child = path.isEmpty() ? key.getValue() : path + "." + key.getValue();
            Node first = firstKeys.putIfAbsent(key.getValue(), key);
            if (first != null) {
                SourceLocation at = Fields.location(file, first);
                problems.add(new Problem(Fields.location(file, key), child, "expected each key once in a mapping, "
                        + "got \"" + key.getValue() + "\" again (first at line " + at.line() + ", column "
                        + at.column() + ")"));
            }
            walk(key, child);
            walk(tuple.getValueNode(), child);
        }
    }

    private static boolean hasStandardTag(Node node) {
        if (node instanceof ScalarNode scalar) {
            return scalar.isResolved() || SCALAR_TAGS.contains(scalar.getTag());
        }
        return node.getTag().equals(node instanceof SequenceNode ? Tag.SEQ : Tag.MAP);
    }

    /** A tag as written: {@code !!binary} for the YAML namespace, local tags such as {@code !secret} as they are. */
    private static String shown(Tag tag) {
        return tag.getValue().startsWith(Tag.PREFIX) ? "!!" + tag.getValue().substring(Tag.PREFIX.length())
                : tag.getValue();
    }
}
