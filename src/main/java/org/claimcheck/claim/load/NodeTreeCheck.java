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

/**
 * What makes a composed YAML file ambiguous, found in one walk of every node of every file: a key written twice in one
 * mapping. YAML 1.2 requires unique keys (§3.2.1.1), but a composer keeps both and a reader of the last one would
 * silently drop the first; snakeyaml-engine checks this only when it constructs Java objects, which claimcheck never
 * does, since it reads the composed nodes to keep their positions.
 */
final class NodeTreeCheck {

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
}
