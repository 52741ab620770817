package org.claimcheck.verdict;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.claimcheck.claim.Claim;

/**
 * A claim with its verdict.
 *
 * @param claim       the claim
 * @param verdict     the verdict, computed by {@link VerdictEngine}
 * @param derivations one per interpretation, in file order
 * @param caveats     the claim's caveats, each cited, in file order
 * @param explanation    why, in words: which reading decides, what the architecture says, what would make it true
 * @param decidingIndex  the index in {@code derivations} of the derivation that decides the verdict, chosen by
 *                       {@link VerdictEngine}; -1 when none does (nothing testable, no stated reading, or parts)
 * @param parts          for a claim with parts, each part's result in file order (its derivations are there, the
 *                       claim's own are none); none for a one-part claim
 */
public record ClaimResult(Claim claim, Verdict verdict, List<Derivation> derivations, List<CitedCaveat> caveats,
                          String explanation, int decidingIndex, List<ClaimResult> parts) {

    /** The result of a claim without parts. */
    public ClaimResult(Claim claim, Verdict verdict, List<Derivation> derivations, List<CitedCaveat> caveats,
                       String explanation, int decidingIndex) {
        this(claim, verdict, derivations, caveats, explanation, decidingIndex, List.of());
    }

    public ClaimResult {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(explanation, "explanation");
        derivations = List.copyOf(derivations);
        caveats = List.copyOf(caveats);
        parts = List.copyOf(parts);
        if (!parts.stream().map(ClaimResult::claim).toList().equals(claim.parts())) {
            throw new IllegalArgumentException("expected a result for each of the " + claim.parts().size()
                    + " parts of claim " + claim.id() + ", in order, got " + parts.size());
        }
        if (!parts.isEmpty() && (!derivations.isEmpty() || decidingIndex != -1)) {
            throw new IllegalArgumentException("a claim with parts has its derivations in its parts: " + claim.id());
        }
        if (!caveats.stream().map(CitedCaveat::caveat).toList().equals(claim.caveats())) {
            throw new IllegalArgumentException("expected the " + claim.caveats().size() + " caveats of claim "
                    + claim.id() + ", cited in order, got " + caveats.size());
        }
        if (!(decidingIndex >= -1 && decidingIndex < derivations.size())) {
            throw new IllegalArgumentException("decidingIndex must be -1 or an index of the " + derivations.size()
                    + " derivations, got " + decidingIndex);
        }
    }

    /**
     * The verdict graded by the caveats: a claim that follows and carries one, or has a part that carries one, needs
     * context.
     */
    public Rating rating() {
        return Rating.of(verdict, !caveats.isEmpty() || parts.stream().anyMatch(part -> !part.caveats().isEmpty()));
    }

    /** Whether the claim has parts, each with its own result. */
    public boolean hasParts() {
        return !parts.isEmpty();
    }

    /** The derivation that decides the verdict, as {@link VerdictEngine} chose it; tables show its value. */
    public Optional<Derivation> deciding() {
        return decidingIndex < 0 ? Optional.empty() : Optional.of(derivations.get(decidingIndex));
    }
}
