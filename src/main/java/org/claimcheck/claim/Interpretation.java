package org.claimcheck.claim;

import java.util.Objects;

/**
 * One reasonable reading of a claim and how to derive it.
 *
 * @param id       kebab-case, unique within the claim
 * @param reading  the reading in words ("compute per token vs Llama 3.1 405B, dense")
 * @param stated   whether the article's text states this reading (only stated readings decide the verdict)
 * @param method   how the value or property is derived
 * @param asserted for a mechanism claim: the property the claim asserts under this reading ("per-layer"); empty for
 *                 a figure
 * @param location where the interpretation starts in its file
 */
public record Interpretation(String id, String reading, boolean stated, Method method, String asserted,
                             SourceLocation location) {

    public Interpretation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reading, "reading");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(asserted, "asserted");
        Objects.requireNonNull(location, "location");
    }
}
