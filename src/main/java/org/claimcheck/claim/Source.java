package org.claimcheck.claim;

import java.util.Objects;

/**
 * Where a fact or a figure comes from: a document key of the library's source list (for example {@code R} for the
 * DeepSeek-V3 technical report) and a locator inside it (section, table, page, or a file and field).
 *
 * @param document key of the document, as listed in {@code claims/library/sources.yaml}
 * @param locator  where in the document: "Table 1, p.5", "config.json: num_hidden_layers"
 */
public record Source(String document, String locator) {

    public Source {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(locator, "locator");
        if (document.isBlank()) {
            throw new IllegalArgumentException("a source needs a document key");
        }
    }

    /** A source that is a file of the claims tree, with the field the value was read from. */
    public static Source file(String relativePath, String field) {
        return new Source(relativePath, field);
    }

    /** The form shown in reports: {@code R, Table 1, p.5}. */
    public String cite() {
        return locator.isBlank() ? document : document + ", " + locator;
    }
}
