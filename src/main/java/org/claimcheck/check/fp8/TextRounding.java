package org.claimcheck.check.fp8;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What {@code quantize} does to a run of values: round each to a {@link FloatFormat}, or each block of 32 to
 * {@link Mxfp4}, and write each result as the shortest decimal that parses back to it, one a line. The decimal of
 * each code of a format of at most 16 bits is made once and kept, so that most lines cost no number formatting.
 */
public final class TextRounding {

    /** The name of the block format on the command line. */
    public static final String MXFP4 = "MXFP4";
    private static final String LINE_SEPARATOR = System.lineSeparator();

    private final Optional<FloatFormat> format;
    private final Overflow overflow;
    /** Each code's decimal and the line separator, made when the code is first written. */
    private final char[][] lines;

    private TextRounding(Optional<FloatFormat> format, Overflow overflow) {
        this.format = format;
        this.overflow = overflow;
        this.lines = format.filter(f -> f.bits() <= Short.SIZE).map(f -> new char[1 << f.bits()][])
                .orElse(new char[0][]);
    }

    /** Every format name: those of {@link FloatFormat}, then MXFP4. */
    public static List<String> names() {
        List<String> names = new ArrayList<>(FloatFormat.names());
        names.add(MXFP4);
        return names;
    }

    /**
     * Rounding to the format named so (ignoring case), in an overflow mode.
     *
     * @return empty for an unknown name
     * @throws IllegalArgumentException for {@link Overflow#NAN} with E2M1 or MXFP4, which have neither NaN nor
     *                                  infinity for an overflow to become
     */
    public static Optional<TextRounding> of(String name, Overflow overflow) {
        boolean block = name.strip().equalsIgnoreCase(MXFP4);
        Optional<FloatFormat> format = block ? Optional.empty() : FloatFormat.byName(name);
        if (!block && format.isEmpty()) {
            return Optional.empty();
        }
        boolean hasSpecials = format.map(f -> f.hasNaN() || f.hasInfinity()).orElse(false);
        if (overflow == Overflow.NAN && !hasSpecials) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s has neither NaN nor infinity and "
                    + "always saturates (OCP MX §6.3)", format.map(FloatFormat::id).orElse(MXFP4)));
        }
        return Optional.of(new TextRounding(format, overflow));
    }

    /** Values that share a scale: 32 for MXFP4, else 1. */
    public int blockValues() {
        return format.isPresent() ? 1 : Mxfp4.BLOCK_ELEMENTS;
    }

    /** Whether the format can take a value: E2M1 has no NaN; all others take every double. */
    public boolean accepts(double value) {
        return !Double.isNaN(value) || format.map(FloatFormat::hasNaN).orElse(true);
    }

    /**
     * The most characters {@link #round} writes for one value: the longest {@link Double#toString(double)} (24, as
     * in {@code -2.2250738585072014E-308}) and the line separator.
     */
    public static int maxCharsPerValue() {
        return 24 + LINE_SEPARATOR.length();
    }

    /**
     * Rounds {@code values[0, count)} and writes each result and a line separator into {@code out} from its start.
     *
     * @param values doubles this rounding {@link #accepts(double)}
     * @param count  a multiple of {@link #blockValues()}, or the run's last values
     * @param out    at least count · {@link #maxCharsPerValue()} characters
     * @return the number of characters written
     */
    public int round(double[] values, int count, char[] out) {
        int written = 0;
        if (format.isEmpty()) {
            double[] rounded = new double[count];
            for (int from = 0; from < count; from += Mxfp4.BLOCK_ELEMENTS) {
                Mxfp4.quantizeBlock(values, from, Math.min(from + Mxfp4.BLOCK_ELEMENTS, count), rounded);
            }
            for (int i = 0; i < count; i++) {
                written = put(line(rounded[i]), out, written);
            }
            return written;
        }
        FloatFormat element = format.get();
        for (int i = 0; i < count; i++) {
            int code = element.encode(values[i], overflow);
            written = put(lines.length > 0 ? cachedLine(element, code) : line(element.decode(code)), out, written);
        }
        return written;
    }

    private static int put(char[] line, char[] out, int at) {
        System.arraycopy(line, 0, out, at, line.length);
        return at + line.length;
    }

    private static char[] line(double value) {
        return (value + LINE_SEPARATOR).toCharArray();
    }

    private char[] cachedLine(FloatFormat element, int code) {
        char[] line = lines[code];
        if (line == null) {
            line = line(element.decode(code));
            lines[code] = line;
        }
        return line;
    }
}
