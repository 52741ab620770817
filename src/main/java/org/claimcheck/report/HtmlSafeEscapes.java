package org.claimcheck.report;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;

/** Jackson's standard JSON escapes plus {@code <}, {@code >} and {@code &} as \\u escapes, for JSON inside HTML. */
final class HtmlSafeEscapes extends CharacterEscapes {

    private static final long serialVersionUID = 1L;
    private final int[] escapes;

    HtmlSafeEscapes() {
        escapes = CharacterEscapes.standardAsciiEscapesForJSON();
        escapes['<'] = CharacterEscapes.ESCAPE_STANDARD;
        escapes['>'] = CharacterEscapes.ESCAPE_STANDARD;
        escapes['&'] = CharacterEscapes.ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return escapes.clone();
    }

    /** No other character needs an escape of its own. */
    @Override
    public SerializableString getEscapeSequence(int ch) {
        return null;
    }
}
