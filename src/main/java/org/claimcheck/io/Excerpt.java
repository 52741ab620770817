package org.claimcheck.io;

/**
 * What a message may quote of an input: at most {@link #MAX_CHARS} characters, cut with an ellipsis and the length of
 * the whole, so that a message never echoes a whole file.
 */
public final class Excerpt {

    /** The most characters a message quotes of an input. */
    public static final int MAX_CHARS = 80;

    private Excerpt() {
    }

    /** {@code text} itself when short, else its first {@link #MAX_CHARS} characters, "…" and how long it is. */
    public static String of(String text) {
        return of(text, MAX_CHARS);
    }

    /**
     * {@code text} itself when at most {@code maxChars} long, else its first characters (never half a surrogate
     * pair), "…" and how long it is.
     *
     * @throws IllegalArgumentException when maxChars &lt; 2
     */
    public static String of(String text, int maxChars) {
        if (!(maxChars >= 2)) {
            throw new IllegalArgumentException("maxChars must be >= 2, got " + maxChars);
        }
        if (text.length() <= maxChars) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
        return text.substring(0, end) + "… (" + text.length() + " characters)";
    }
}
