package org.claimcheck.claim.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.claimcheck.claim.Caveat;
import org.claimcheck.claim.Interpretation;
import org.claimcheck.claim.Problem;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads a claim's {@code caveats:}, each a statement with exactly one basis: {@code source} (a document and a
 * locator), {@code fact} (a fact of the library) or {@code interpretation} (one of the claim's own readings). A caveat
 * without a basis would be an unsourced opinion, so it is a problem of the file, never a caveat.
 */
final class CaveatReader {

    static final Set<String> FIELDS = Set.of("text", "source", "fact", "interpretation");
    private static final Set<String> BASES = Set.of("source", "fact", "interpretation");
    private static final String FORMS = "{text: …, source: {document, locator}}, {text: …, fact: NAME} or "
            + "{text: …, interpretation: ID}";

    private CaveatReader() {
    }

    /**
     * The caveats of a claim; the ones with a problem are left out and their problems recorded.
     *
     * @param claim           the claim's fields
     * @param interpretations the claim's interpretations as read, which an {@code interpretation:} basis must name
     */
    static List<Caveat> readList(Fields claim, List<Interpretation> interpretations) {
        return readList(claim, interpretations, "it has none");
    }

    /**
     * The same, with what a caveat that names an interpretation is told when there are none to name.
     *
     * @param none why there is no interpretation to rest on ("it has none")
     */
    static List<Caveat> readList(Fields claim, List<Interpretation> interpretations, String none) {
        List<Caveat> caveats = new ArrayList<>();
        List<Node> items = claim.list("caveats", false);
        List<String> ids = interpretations.stream().map(Interpretation::id).toList();
        for (int i = 0; i < items.size(); i++) {
            String path = claim.child("caveats") + "[" + i + "]";
            Node node = items.get(i);
            if (node instanceof ScalarNode) {
                claim.problems().add(new Problem(Fields.location(claim.file(), node), path, "expected a caveat with "
                        + "its source (" + FORMS + "), got " + Fields.describe(node)));
                continue;
            }
            Fields.of(claim.file(), path, node, claim.problems()).flatMap(fields -> read(fields, ids, none))
                    .ifPresent(caveats::add);
        }
        return caveats;
    }

    private static Optional<Caveat> read(Fields fields, List<String> interpretations, String none) {
        int before = fields.problems().size();
        fields.allowOnly(FIELDS);
        Optional<String> text = fields.string("text", true);
        text.filter(String::isBlank).ifPresent(blank -> fields.report("text", "expected a statement, got an empty "
                + "string"));
        long bases = BASES.stream().filter(fields::has).count();
        if (bases != 1) {
            fields.problems().add(new Problem(fields.location(), fields.path(), bases == 0
                    ? "expected a source for the caveat (" + FORMS + "), got none"
                    : "expected exactly one of source, fact or interpretation, got " + bases));
            return Optional.empty();
        }
        Optional<Caveat.Basis> basis = basis(fields, interpretations, none);
        if (fields.problems().size() > before || text.isEmpty() || basis.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Caveat(text.get(), basis.get(), fields.location()));
    }

    private static Optional<Caveat.Basis> basis(Fields fields, List<String> interpretations, String none) {
        if (fields.has("source")) {
            return SourceReader.readOne(fields, "source", true).map(Caveat.SourceBasis::new);
        }
        if (fields.has("fact")) {
            return fields.string("fact", true).map(Caveat.FactBasis::new);
        }
        Optional<String> id = fields.string("interpretation", true);
        if (id.isPresent() && !interpretations.contains(id.get())) {
            fields.report("interpretation", "expected the id of one of the claim's interpretations ("
                    + (interpretations.isEmpty() ? none : Suggestions.oneOf(interpretations)) + "), got \""
                    + id.get() + "\"" + Suggestions.didYouMean(id.get(), interpretations));
            return Optional.empty();
        }
        return id.map(Caveat.InterpretationBasis::new);
    }
}
