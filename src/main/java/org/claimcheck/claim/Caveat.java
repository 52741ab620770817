package org.claimcheck.claim;

import java.util.Objects;

/**
 * A sourced statement that qualifies a claim ("the $5.576M covers the final run only", R p.5). A caveat never changes
 * a verdict; a claim that follows and carries one is rated "Needs context". It always rests on something the reader
 * can check, never on an unsourced opinion.
 *
 * @param text     the statement, in the claim author's words
 * @param basis    what it rests on: a document, a fact of the library, or a derivation of the claim
 * @param location where the caveat is written in its file
 */
public record Caveat(String text, Basis basis, SourceLocation location) {

    public Caveat {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(location, "location");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a caveat needs a statement");
        }
    }

    /** What a caveat rests on. */
    public sealed interface Basis permits SourceBasis, FactBasis, InterpretationBasis {
    }

    /** A place in a document of the library's sources ({@code {document: R, locator: "§1, p.5"}}). */
    public record SourceBasis(Source source) implements Basis {
        public SourceBasis {
            Objects.requireNonNull(source, "source");
        }
    }

    /** A fact of the library, by its qualified name; its own source is cited with it. */
    public record FactBasis(String fact) implements Basis {
        public FactBasis {
            Objects.requireNonNull(fact, "fact");
        }
    }

    /** The derivation of one of the claim's own interpretations, by its id. */
    public record InterpretationBasis(String interpretation) implements Basis {
        public InterpretationBasis {
            Objects.requireNonNull(interpretation, "interpretation");
        }
    }
}
