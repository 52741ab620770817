package org.claimcheck.scan;

import java.util.Objects;

/**
 * One sentence of an article, where it stands in the text.
 *
 * @param line  the 1-based line it starts on
 * @param start offset of its first character in the article text (0-based, in chars)
 * @param end   offset just past its last character; {@code start < end}
 * @param text  the text between, as written (a sentence wrapped over lines keeps its line breaks)
 * @param kind  prose, a list item or a table row
 */
public record Sentence(int line, int start, int end, String text, Kind kind) {

    /** Where a sentence stands: a list item's marker and a table row's cells stay out of the prose rules. */
    public enum Kind {
        /** A sentence of a paragraph, a heading, or an unmarked line of a list. */
        PROSE,
        /** A line of a marked list ({@code - }, {@code * }, {@code • }, {@code 1. }), without its marker. */
        LIST_ITEM,
        /** A row of a table ({@code | a | b |} or {@code a | b |}), whole. */
        TABLE_ROW
    }

    public Sentence {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        if (!(line >= 1 && start >= 0 && end > start && text.length() == end - start)) {
            throw new IllegalArgumentException("expected line >= 1 and 0 <= start < end = start + text length, got "
                    + line + ", " + start + ", " + end + ", " + text.length());
        }
    }

    /** The text with every run of white space made one space. */
    public String normalised() {
        return text.replaceAll("\\s+", " ").strip();
    }
}
