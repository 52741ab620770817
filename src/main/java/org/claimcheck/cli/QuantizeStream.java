package org.claimcheck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.claimcheck.check.fp8.DecimalInput;
import org.claimcheck.check.fp8.TextRounding;
import org.claimcheck.claim.ConsoleText;
import org.claimcheck.io.Excerpt;

/**
 * {@code quantize}'s reading and writing: lines of UTF-8 bytes, each rounded and printed, in batches.
 *
 * <p>Most lines are read straight from the bytes in one pass ({@link DecimalInput#parsePlain}), with no string made;
 * any other line (blanks, NaN, a long decimal, a byte that is not ASCII, a line that runs past the buffer) is decoded
 * as UTF-8, as a reader would, and read by {@link DecimalInput#parse(String)}. A line longer than
 * {@link QuantizeCommand#MAX_LINE_CHARS} characters is refused once that many bytes have been read past its start
 * (three bytes a character at most, and malformed input decodes to one character a byte at most), so a stream without
 * line breaks is not read to its end. A line ends at {@code \n}, and a {@code \r} before it is dropped.
 */
final class QuantizeStream {

    /** The most bytes a line of MAX_LINE_CHARS characters and a trailing carriage return can take in UTF-8. */
    private static final int MAX_LINE_BYTES = 3 * (QuantizeCommand.MAX_LINE_CHARS + 1);
    /** Values read before they are rounded and written: a multiple of every block (1 and 32). */
    private static final int BATCH_VALUES = 4096;

    private final InputStream input;
    private final byte[] buffer = new byte[1 << 16];
    private final double[] values = new double[BATCH_VALUES];
    private final char[] text = new char[BATCH_VALUES * TextRounding.maxCharsPerValue()];
    private int position;
    private int limit;
    private int lineNumber;
    private int count;

    QuantizeStream(InputStream input) {
        this.input = input;
    }

    /** Rounds every line; on a bad line prints what was read before it (whole blocks only), then the error: 2. */
    int roundLines(TextRounding rounding, PrintWriter out, PrintWriter err) throws IOException {
        while (position < limit || fill(position)) {
            int end = DecimalInput.parsePlain(buffer, position, limit, values, count);
            int next = end < 0 ? -1 : afterLineBreak(end);
            // an ASCII line is as many characters as bytes; a longer one is refused by roundLine
            if (next < 0 || end - position > QuantizeCommand.MAX_LINE_CHARS) {
                Optional<String> error = roundLine(rounding);
                if (error.isPresent()) {
                    write(rounding, count - count % rounding.blockValues(), out);
                    err.printf(Locale.ROOT, "quantize: line %d: %s%n", lineNumber, error.get());
                    return QuantizeCommand.BAD_INPUT;
                }
            } else {
                lineNumber++;
                position = next;
                count++;
            }
            if (count == BATCH_VALUES) {
                write(rounding, count, out);
            }
        }
        write(rounding, count, out);
        return QuantizeCommand.OK;
    }

    /** The index after the line break at {@code end} ({@code \n} or {@code \r\n}), or −1 when none is there. */
    private int afterLineBreak(int end) {
        if (end < limit && buffer[end] == '\n') {
            return end + 1;
        }
        return end + 1 < limit && buffer[end] == '\r' && buffer[end + 1] == '\n' ? end + 2 : -1;
    }

    /** Reads the line at the position as text and adds its value; the error message when it has none. */
    private Optional<String> roundLine(TextRounding rounding) throws IOException {
        int end = lineEnd();
        lineNumber++;
        if (end < 0) {
            return Optional.of(tooLong());
        }
        String line = new String(buffer, position, end - position, StandardCharsets.UTF_8);
        position = end < limit ? end + 1 : end;
        if (line.endsWith("\r")) {
            line = line.substring(0, line.length() - 1);
        }
        if (line.length() > QuantizeCommand.MAX_LINE_CHARS) {
            return Optional.of(tooLong());
        }
        Optional<Double> value = DecimalInput.parse(line);
        if (value.isEmpty() || !rounding.accepts(value.get())) {
            return Optional.of(String.format(Locale.ROOT, "expected a decimal number, %s, got \"%s\"",
                    value.isEmpty() ? "NaN, Infinity or -Infinity" : "Infinity or -Infinity (E2M1 has no NaN)",
                    ConsoleText.escape(Excerpt.of(line))));
        }
        values[count++] = value.get();
        return Optional.empty();
    }

    private static String tooLong() {
        return "expected a line of at most " + QuantizeCommand.MAX_LINE_CHARS + " characters, got a longer one";
    }

    /**
     * The index of the line break of the line at the position, or the end of the input when it has none; the buffer
     * is moved and filled as needed. −1 when no line break comes within MAX_LINE_BYTES of the line's start.
     */
    private int lineEnd() throws IOException {
        int searched = 0;
        while (true) {
            for (int i = position + searched; i < limit; i++) {
                if (buffer[i] == '\n') {
                    return i - position > MAX_LINE_BYTES ? -1 : i;
                }
            }
            searched = limit - position;
            if (searched > MAX_LINE_BYTES) {
                return -1;
            }
            if (!fill(position)) {
                return limit;
            }
        }
    }

    /**
     * Moves the bytes from {@code keep} to the start of the buffer and reads more after them.
     *
     * @return false at the end of the input (nothing more was read)
     */
    private boolean fill(int keep) throws IOException {
        int kept = limit - keep;
        System.arraycopy(buffer, keep, buffer, 0, kept);
        position -= keep;
        limit = kept;
        int read = input.read(buffer, limit, buffer.length - limit);
        if (read <= 0) {
            return false;
        }
        limit += read;
        return true;
    }

    private void write(TextRounding rounding, int valueCount, PrintWriter out) {
        out.write(text, 0, rounding.round(values, valueCount, text));
        out.flush();
        count = 0;
    }
}
