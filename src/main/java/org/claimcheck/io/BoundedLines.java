package org.claimcheck.io;

import java.io.IOException;
import java.io.Reader;
import java.util.Optional;

/**
 * Lines of a character stream, each at most a given length, so that a stream without line breaks cannot exhaust
 * memory or time: reading stops at the first line that is too long. A line ends at {@code \n}; a {@code \r} before it
 * is dropped. Linear in the stream's length.
 */
public final class BoundedLines {

    private final Reader in;
    private final int maxChars;
    private final char[] buffer = new char[8192];
    private final StringBuilder line = new StringBuilder();
    private int position;
    private int limit;
    private int lineNumber;

    /**
     * @param in       the stream, read from its current position
     * @param maxChars the longest line accepted, in characters, at least 1
     * @throws IllegalArgumentException when maxChars &lt; 1
     */
    public BoundedLines(Reader in, int maxChars) {
        if (!(maxChars >= 1)) {
            throw new IllegalArgumentException("maxChars must be >= 1, got " + maxChars);
        }
        this.in = in;
        this.maxChars = maxChars;
    }

    /**
     * The next line without its line break, or empty at the end of the stream.
     *
     * @throws InputException at the first line longer than the limit (placed at that line, just past the limit)
     * @throws IOException    when the stream cannot be read
     */
    public Optional<String> next() throws IOException, InputException {
        line.setLength(0);
        boolean any = false;
        while (true) {
            if (position == limit && !fill()) {
                return any ? Optional.of(finish()) : Optional.empty();
            }
            any = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            if (position < limit && line.length() == 0 && position - start <= maxChars + 1) {
                // the whole line is in the buffer: made into a string at once, without the builder's copy
                int end = position > start && buffer[position - 1] == '\r' ? position - 1 : position;
                position++;
                return Optional.of(direct(start, end));
            }
            append(start, position);
            if (position < limit) {
                position++;
                return Optional.of(finish());
            }
        }
    }

    /** The number of the line {@link #next()} returned last, 1-based; 0 before the first. */
    public int lineNumber() {
        return lineNumber;
    }

    private boolean fill() throws IOException {
        int read = in.read(buffer, 0, buffer.length);
        position = 0;
        limit = Math.max(read, 0);
        return read > 0;
    }

    private void append(int from, int to) throws InputException {
        // one more than the limit is allowed in for a trailing \r
        if (line.length() + (to - from) > maxChars + 1) {
            throw new InputException("expected a line of at most " + maxChars + " characters, got a longer one",
                    lineNumber + 1, maxChars + 1);
        }
        line.append(buffer, from, to - from);
    }

    private String direct(int from, int to) throws InputException {
        lineNumber++;
        if (to - from > maxChars) {
            throw new InputException("expected a line of at most " + maxChars + " characters, got a longer one",
                    lineNumber, maxChars + 1);
        }
        return new String(buffer, from, to - from);
    }

    private String finish() throws InputException {
        lineNumber++;
        int end = line.length() > 0 && line.charAt(line.length() - 1) == '\r' ? line.length() - 1 : line.length();
        if (end > maxChars) {
            throw new InputException("expected a line of at most " + maxChars + " characters, got a longer one",
                    lineNumber, maxChars + 1);
        }
        return line.substring(0, end);
    }
}
