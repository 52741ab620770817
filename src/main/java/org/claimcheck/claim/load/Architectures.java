package org.claimcheck.claim.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.claimcheck.claim.Library;
import org.claimcheck.claim.Problem;
import org.claimcheck.claim.SourceLocation;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * The stated architectures of {@code article.yaml}: {@code architecture: NAME} for one, {@code architectures: [A, B]}
 * for an article about several (none yet, as {@code init} writes it without {@code --model}); exactly one of the two
 * keys. Each name must be a model or a fact namespace of the library the article is audited against.
 */
public final class Architectures {

    /**
     * A name as {@code article.yaml} gives it.
     *
     * @param name     the name
     * @param location where it stands
     * @param field    its field path: {@code architecture} or {@code architectures[1]}
     */
    public record Named(String name, SourceLocation location, String field) {
        public Named {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(field, "field");
        }
    }

    private Architectures() {
    }

    /** The names of {@code article.yaml}'s fields, each with where it stands; problems of their form are recorded. */
    static List<Named> read(Fields fields) {
        if (fields.has("architecture") == fields.has("architectures")) {
            fields.report(fields.has("architecture") ? "architectures" : "architecture", "expected exactly one of "
                    + "architecture (a name) or architectures (a list of names), got " + (fields.has("architecture")
                    ? "both" : "neither"));
            return List.of();
        }
        if (fields.has("architecture")) {
            return fields.string("architecture", true).stream().map(name -> new Named(name, Fields.location(
                    fields.file(), fields.node("architecture").orElseThrow()), "architecture")).toList();
        }
        List<Named> names = new ArrayList<>();
        List<Node> items = fields.list("architectures", true);
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            String field = fields.child("architectures") + "[" + i + "]";
            if (item instanceof ScalarNode scalar && !scalar.getTag().equals(Tag.NULL)
                    && !scalar.getValue().isBlank()) {
                names.add(new Named(scalar.getValue(), Fields.location(fields.file(), item), field));
            } else {
                fields.problems().add(new Problem(Fields.location(fields.file(), item), field, "expected the name of a "
                        + "model or fact namespace of the library, got " + Fields.describe(item)));
            }
        }
        return names;
    }

    /** A problem for each name that is neither a model nor a fact namespace of {@code library}. */
    public static List<Problem> unknown(List<Named> names, Library library) {
        Set<String> known = new TreeSet<>(library.models());
        library.factNames().forEach(fact -> known.add(fact.substring(0, Math.max(fact.indexOf('.'), 0))));
        known.remove("");
        List<Problem> problems = new ArrayList<>();
        for (Named named : names) {
            if (!known.contains(named.name())) {
                problems.add(new Problem(named.location(), named.field(), "expected a model or fact namespace of "
                        + "the library (" + Suggestions.oneOf(known) + "), got \"" + named.name() + "\""
                        + Suggestions.didYouMean(named.name(), known)));
            }
        }
        return problems;
    }
}
