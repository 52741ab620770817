package org.claimcheck.claim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An article's text indexed once for finding quotes as the loader matches them: verbatim, with any run of white space
 * (space, tab, line feed, vertical tab, form feed, carriage return) in either counted as one space. Finding a quote is
 * a plain search of the text with white space collapsed, mapped back to the offsets of the text as written; nothing
 * is normalised again per quote, so checking N quotes costs N searches, not N normalisations of the whole text.
 * Safe for use by several threads (the lower-case copy for {@link #containsIgnoringCase} is made on first use, and
 * making it twice does no harm).
 */
public final class ArticleText {

    private final String text;
    private final String collapsed;
    /** The offset in {@code text} of each character of {@code collapsed} (a collapsed run: its first character). */
    private final int[] offsets;
    private volatile String lowerCaseCollapsed;

    private ArticleText(String text) {
        this.text = text;
        StringBuilder builder = new StringBuilder(text.length());
        int[] at = new int[text.length()];
        for (int i = 0; i < text.length(); i++) {
            boolean space = isSpace(text.charAt(i));
            if (space && i > 0 && isSpace(text.charAt(i - 1))) {
                continue;
            }
            at[builder.length()] = i;
            builder.append(space ? ' ' : text.charAt(i));
        }
        this.collapsed = builder.toString();
        this.offsets = Arrays.copyOf(at, collapsed.length());
    }

    /** The text, indexed. */
    public static ArticleText of(String text) {
        return new ArticleText(text);
    }

    /** The text as written. */
    public String text() {
        return text;
    }

    /** A quote as it is searched for: white space runs as one space, without white space at either end. */
    public static String collapse(String quote) {
        return quote.replaceAll("\\s+", " ").strip();
    }

    /** Where {@code quote} first stands in the text; empty for a blank quote or one that is not there. */
    public Optional<TextSpan> first(String quote) {
        String wanted = collapse(quote);
        int at = wanted.isEmpty() ? -1 : collapsed.indexOf(wanted);
        return at < 0 ? Optional.empty() : Optional.of(span(at, wanted.length()));
    }

    /** Every place {@code quote} stands in the text, overlapping ones included, in text order; none for a blank one. */
    public List<TextSpan> all(String quote) {
        String wanted = collapse(quote);
        List<TextSpan> spans = new ArrayList<>();
        for (int at = wanted.isEmpty() ? -1 : collapsed.indexOf(wanted); at >= 0; at = collapsed.indexOf(wanted,
                at + 1)) {
            spans.add(span(at, wanted.length()));
        }
        return spans;
    }

    /** Whether {@code quote} stands in the text; a blank quote never does. */
    public boolean contains(String quote) {
        return first(quote).isPresent();
    }

    /** Whether {@code quote} stands in the text when capitals are not told apart (root locale). */
    public boolean containsIgnoringCase(String quote) {
        String wanted = collapse(quote).toLowerCase(Locale.ROOT);
        if (lowerCaseCollapsed == null) {
            lowerCaseCollapsed = collapsed.toLowerCase(Locale.ROOT);
        }
        return !wanted.isEmpty() && lowerCaseCollapsed.contains(wanted);
    }

    /** The span of {@code length} collapsed characters from {@code at}; they start and end with no white space. */
    private TextSpan span(int at, int length) {
        return new TextSpan(offsets[at], offsets[at + length - 1] + 1);
    }

    /** The white space of the regular expression {@code \s}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
