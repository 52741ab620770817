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

    /** {@code text} itself when short, else its first characters, "…" and how long it is. */
    public static String of(String text) {
        if (text.length() <= MAX_CHARS) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
        return text.substring(0, end) + "… (" + text.length() + " characters)";
    }
}
