package org.claimcheck.claim.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.claimcheck.claim.Assertion;
import org.claimcheck.claim.Caveat;
import org.claimcheck.claim.Claim;
import org.claimcheck.claim.Interpretation;
import org.claimcheck.claim.Problem;
import org.claimcheck.claim.Source;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads one claim file ({@code claims: [...]}) into claims. A claim with any problem is left out and its problems
 * are returned; the file's other claims are still read. A claim asserts one figure or mechanism ({@code asserts} and
 * {@code interpretations}) or several ({@code parts}, each with its own; {@link PartReader}). A claim marked
 * {@code draft: true} (a stub that {@code init} wrote) is read as a {@link Draft} and reported as a problem: it has no
 * reading to judge yet. Its {@code section} is optional, as for every claim (an article need not have headings).
 */
public final class ClaimFileLoader {

    static final Set<String> FILE_FIELDS = Set.of("claims");
    static final Set<String> CLAIM_FIELDS =
            Set.of("id", "quote", "section", "asserts", "parts", "interpretations", "sources", "note", "caveats",
                    "draft");

    private ClaimFileLoader() {
    }

    /**
     * Loads the claims of one file of a claims tree.
     *
     * @param tree the tree, which reads the file and gives its path as reports show it
     * @param file the file
     */
    public static Loaded<List<Claim>> load(ClaimsTree tree, Path file) {
        Loaded<ClaimFile> read = read(tree, file);
        return new Loaded<>(read.value().claims(), read.problems());
    }

    /**
     * Reads the claims and the drafts of one file of a claims tree; each draft is also one of the problems.
     *
     * @param tree the tree, which reads the file and gives its path as reports show it
     * @param file the file
     */
    public static Loaded<ClaimFile> read(ClaimsTree tree, Path file) {
        List<Problem> problems = new ArrayList<>();
        return claimFile(YamlFile.parse(tree, file, problems), tree.display(file), problems);
    }

    /**
     * Loads the claims of one file outside any tree.
     *
     * @param file    the file
     * @param display its path as reports show it
     */
    public static Loaded<List<Claim>> load(Path file, String display) {
        List<Problem> problems = new ArrayList<>();
        Loaded<ClaimFile> read = claimFile(YamlFile.parse(file, display, problems), display, problems);
        return new Loaded<>(read.value().claims(), read.problems());
    }

    private static Loaded<ClaimFile> claimFile(Optional<Node> root, String display, List<Problem> problems) {
        List<Claim> claims = new ArrayList<>();
        List<Draft> drafts = new ArrayList<>();
        Optional<Fields> fields = root.flatMap(node -> Fields.of(display, "", node, problems));
        if (fields.isPresent()) {
            fields.get().allowOnly(FILE_FIELDS);
            List<Node> items = fields.get().list("claims", true);
            for (int i = 0; i < items.size(); i++) {
                Optional<Fields> item = Fields.of(display, "claims[" + i + "]", items.get(i), problems);
                if (item.isPresent() && item.get().bool("draft", false).orElse(false)) {
                    readDraft(item.get().allowOnly(CLAIM_FIELDS)).ifPresent(drafts::add);
                } else {
                    item.flatMap(claim -> readClaim(claim, problems)).ifPresent(claims::add);
                }
            }
        }
        return new Loaded<>(new ClaimFile(claims, drafts), problems);
    }

    /**
     * A stub with no reading yet: its id and quote, and what else it holds checked as in a claim (so that the
     * author's edits are checked as they are made); the draft itself is one problem, at the stub.
     */
    private static Optional<Draft> readDraft(Fields fields) {
        Optional<String> id = fields.string("id", true);
        Optional<String> quote = fields.string("quote", true);
        fields.string("section", false);
        Optional<Assertion> assertion = fields.mapping("asserts", false).flatMap(AssertionReader::read);
        List<Interpretation> interpretations = fields.has("interpretations")
                ? readInterpretations(fields, assertion, "claim") : List.of();
        SourceReader.readList(fields, "sources");
        fields.string("note", false);
        CaveatReader.readList(fields, interpretations);
        if (id.isEmpty() || quote.isEmpty() || !Claim.ID.matcher(id.get()).matches()) {
            id.filter(value -> !Claim.ID.matcher(value).matches()).ifPresent(value -> fields.report("id",
                    "expected a kebab-case id (lower-case letters, digits, single hyphens), got \"" + value + "\""));
            return Optional.empty();
        }
        Draft draft = new Draft(id.get(), quote.get(), fields.location());
        fields.problems().add(new Problem(fields.location(), fields.child("draft"), draft.message()));
        return Optional.of(draft);
    }

    private static Optional<Claim> readClaim(Fields given, List<Problem> problems) {
        int before = problems.size();
        Fields fields = given.allowOnly(CLAIM_FIELDS);
        Optional<String> id = fields.string("id", true);
        id.filter(value -> !Claim.ID.matcher(value).matches()).ifPresent(value -> fields.report("id",
                "expected a kebab-case id (lower-case letters, digits, single hyphens), got \"" + value + "\""));
        Optional<String> quote = fields.string("quote", true);
        String section = fields.string("section", false).orElse("");
        Optional<Assertion> assertion;
        List<Interpretation> interpretations;
        List<Caveat> caveats;
        if (fields.has("parts")) {
            assertion = PartReader.read(fields, quote.orElse(""), section);
            interpretations = List.of();
            caveats = CaveatReader.readList(fields, interpretations, PartReader.NO_CLAIM_READINGS);
        } else {
            assertion = fields.mapping("asserts", true).flatMap(AssertionReader::read);
            interpretations = readInterpretations(fields, assertion, "claim");
            caveats = CaveatReader.readList(fields, interpretations);
        }
        List<Source> sources = SourceReader.readList(fields, "sources");
        String note = fields.string("note", false).orElse("");
        if (problems.size() > before || id.isEmpty() || quote.isEmpty() || assertion.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Claim(id.get(), quote.get(), section, assertion.get(), interpretations,
                sources, note, caveats, fields.location()));
    }

    /** The interpretations of a claim or of a part, as its assertion requires them; ids unique within it. */
    static List<Interpretation> readInterpretations(Fields fields, Optional<Assertion> assertion, String what) {
        boolean testable = assertion.map(value -> !(value instanceof Assertion.NothingTestable)).orElse(true);
        List<Node> items = fields.list("interpretations", false);
        if (testable && items.isEmpty() && assertion.isPresent()) {
            fields.report(fields.has("interpretations") ? "interpretations" : "asserts",
                    "expected at least one interpretation for a testable " + what + ", got none");
        }
        if (!testable && !items.isEmpty()) {
            fields.report("interpretations", "expected no interpretations for a " + what + " with nothing testable, "
                    + "got " + items.size());
        }
        boolean mechanism = assertion.map(Assertion.Mechanism.class::isInstance).orElse(false);
        List<Interpretation> result = new ArrayList<>();
        Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String path = fields.child("interpretations") + "[" + i + "]";
            InterpretationReader.read(fields.file(), path, items.get(i), mechanism, fields.problems())
                    .ifPresent(interpretation -> {
                        if (!ids.add(interpretation.id())) {
                            fields.problems().add(new Problem(interpretation.location(), path + ".id",
                                    "expected an id unique within the " + what + ", got \"" + interpretation.id()
                                            + "\" again"));
                        }
                        result.add(interpretation);
                    });
        }
        return result;
    }
}
