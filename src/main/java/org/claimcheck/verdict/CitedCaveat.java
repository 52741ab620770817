package org.claimcheck.verdict;

import java.util.List;
import java.util.Objects;
import org.claimcheck.claim.Caveat;
import org.claimcheck.claim.Source;

/**
 * A caveat of a claim with what it rests on, looked up: the reader can check it without the claim file.
 *
 * @param caveat   the caveat as written
 * @param citation its basis in words: {@code R, §1, p.5}; {@code deepseek-v3.total-cost = $5.576M (R, Table 1, p.5)};
 *                 {@code derivation usd-vs-llama ("Llama 3.1 405B's GPU-hours at $2"): $61.68M}
 * @param sources  the documents it rests on, without repeats: the one cited, the fact's, or the derivation's inputs'
 */
public record CitedCaveat(Caveat caveat, String citation, List<Source> sources) {

    public CitedCaveat {
        Objects.requireNonNull(caveat, "caveat");
        Objects.requireNonNull(citation, "citation");
        sources = List.copyOf(sources);
    }

    /** The statement. */
    public String text() {
        return caveat.text();
    }
}
