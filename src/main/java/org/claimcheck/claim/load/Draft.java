package org.claimcheck.claim.load;

import java.util.Objects;
import org.claimcheck.claim.SourceLocation;

/**
 * A claim stub marked {@code draft: true}: its quote is known, its reading is not written yet. A draft is never judged;
 * the audit reports it as a problem of its file until its interpretations are written and the mark is removed.
 *
 * @param id       the stub's kebab-case id
 * @param quote    the verbatim quote
 * @param location where the stub starts in its file
 */
public record Draft(String id, String quote, SourceLocation location) {

    public Draft {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(location, "location");
    }

    /** The problem a draft is reported as: it holds no reading to judge. */
    public String message() {
        return "claim " + id + " has no reading yet: expected its interpretations and no draft mark, got a draft "
                + "(draft: true)";
    }
}
