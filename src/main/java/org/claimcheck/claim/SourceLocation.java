package org.claimcheck.claim;

import java.util.Objects;

/**
 * A place in a file of the claims tree.
 *
 * @param file   path relative to the repository root, forward slashes
 * @param line   1-based line
 * @param column 1-based column
 */
public record SourceLocation(String file, int line, int column) {

    public SourceLocation {
        Objects.requireNonNull(file, "file");
        if (!(line >= 1 && column >= 1)) {
            throw new IllegalArgumentException("line and column are 1-based, got " + line + ":" + column);
        }
    }

    /** The start of a file. */
    public static SourceLocation startOf(String file) {
        return new SourceLocation(file, 1, 1);
    }

    /** {@code file:line:col}, the form editors and CI systems link. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
