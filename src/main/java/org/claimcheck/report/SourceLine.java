package org.claimcheck.report;

import java.util.List;
import java.util.Objects;

/**
 * One cited document with the places in it that are cited, for a list of sources.
 *
 * @param document  the document key ("R") or a file path
 * @param locators  the distinct places cited (section, table, page; or a field of the file), possibly none
 */
record SourceLine(String document, List<String> locators) {

    SourceLine {
        Objects.requireNonNull(document, "document");
        locators = List.copyOf(locators);
    }

    /** "R — §3.3.3, p.18 · Table 1, p.5", or the document alone. */
    String text() {
        return locators.isEmpty() ? document : document + " — " + String.join(" · ", locators);
    }
}
