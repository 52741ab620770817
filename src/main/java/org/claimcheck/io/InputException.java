package org.claimcheck.io;

/**
 * An input file that cannot be used. The message has the form {@code expected …, got …} and names no path: the caller
 * puts it at the file's position.
 */
public final class InputException extends Exception {

    private final int line;
    private final int column;

    /** A problem of the whole file, placed at line 1, column 1. */
    public InputException(String message) {
        this(message, 1, 1);
    }

    /**
     * A problem at a position of the file.
     *
     * @param line   1-based line, at least 1
     * @param column 1-based column, at least 1
     */
    public InputException(String message, int line, int column) {
        super(message);
        if (!(line >= 1 && column >= 1)) {
            throw new IllegalArgumentException("line and column must be >= 1, got " + line + ":" + column);
        }
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
