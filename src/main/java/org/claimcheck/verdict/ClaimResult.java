package org.claimcheck.verdict;

import java.util.List;
import java.util.Objects;
import org.claimcheck.claim.Claim;

/**
 * A claim with its verdict.
 *
 * @param claim       the claim
 * @param verdict     the verdict, computed by {@link VerdictEngine}
 * @param derivations one per interpretation, in file order
 * @param explanation why, in words: which reading decides, what the architecture says, what would make it true
 */
public record ClaimResult(Claim claim, Verdict verdict, List<Derivation> derivations, String explanation) {

    public ClaimResult {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(explanation, "explanation");
        derivations = List.copyOf(derivations);
    }
}
