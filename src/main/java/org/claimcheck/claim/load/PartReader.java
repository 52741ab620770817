package org.claimcheck.claim.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimcheck.claim.Assertion;
import org.claimcheck.claim.Caveat;
import org.claimcheck.claim.Claim;
import org.claimcheck.claim.Interpretation;
import org.claimcheck.claim.Problem;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads a claim's {@code parts:}, for a quote that carries several figures ("236B parameters but activates only
 * 21B"). Each part has an {@code id} (kebab-case, unique within the claim), its own {@code asserts},
 * {@code interpretations} and optional {@code caveats}, read as a one-figure claim's are; the claim keeps its id,
 * quote, section, sources, note and caveats. A claim with parts has no {@code asserts} or {@code interpretations} of
 * its own, and its own caveats rest on a source or a fact, since its readings are its parts'.
 */
final class PartReader {

    static final Set<String> FIELDS = Set.of("id", "asserts", "interpretations", "caveats");

    /** What a claim-level caveat of a claim with parts is told when it names an interpretation. */
    static final String NO_CLAIM_READINGS = "a claim with parts has none of its own: put the caveat in the part whose "
            + "reading it rests on";

    private PartReader() {
    }

    /**
     * The parts of {@code claim}, or empty when any has a problem (recorded).
     *
     * @param quote   the claim's quote, which each part carries
     * @param section the claim's section, which each part carries
     */
    static Optional<Assertion> read(Fields claim, String quote, String section) {
        int before = claim.problems().size();
        if (claim.has("asserts")) {
            claim.report("asserts", "expected either asserts (one figure or mechanism) or parts (several), got both");
        }
        if (claim.has("interpretations")) {
            claim.report("interpretations", "expected the interpretations inside each part of a claim with parts, "
                    + "got them on the claim");
        }
        List<Node> items = claim.list("parts", true);
        if (items.isEmpty() && claim.problems().size() == before) {
            claim.report("parts", "expected at least one part ({id, asserts, interpretations}), got none");
        }
        List<Claim> parts = new ArrayList<>();
        Map<String, Claim> byId = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String path = claim.child("parts") + "[" + i + "]";
            Optional<Claim> part = Fields.of(claim.file(), path, items.get(i), claim.problems())
                    .flatMap(fields -> part(fields, quote, section));
            part.ifPresent(read -> {
                Claim first = byId.putIfAbsent(read.id(), read);
                if (first != null) {
                    claim.problems().add(new Problem(read.location(), path + ".id", "expected a part id unique "
                            + "within the claim, got \"" + read.id() + "\", already used at " + first.location()));
                }
                parts.add(read);
            });
        }
        if (claim.problems().size() > before || parts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Assertion.Parts(parts));
    }

    private static Optional<Claim> part(Fields fields, String quote, String section) {
        int before = fields.problems().size();
        fields.allowOnly(FIELDS);
        Optional<String> id = fields.string("id", true);
        id.filter(value -> !Claim.ID.matcher(value).matches()).ifPresent(value -> fields.report("id",
                "expected a kebab-case id (lower-case letters, digits, single hyphens), got \"" + value + "\""));
        Optional<Assertion> assertion = fields.mapping("asserts", true).flatMap(AssertionReader::read);
        List<Interpretation> interpretations = ClaimFileLoader.readInterpretations(fields, assertion, "part");
        List<Caveat> caveats = CaveatReader.readList(fields, interpretations);
        if (fields.problems().size() > before || id.isEmpty() || assertion.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Claim(id.get(), quote, section, assertion.get(), interpretations, List.of(), "",
                caveats, fields.location()));
    }
}
