package org.claimcheck.claim;

import java.util.Comparator;
import java.util.Objects;
import org.claimcheck.io.Excerpt;

/**
 * One thing wrong with an input file, in the form {@code path:line:col: field: expected …, got …}.
 *
 * @param location where
 * @param field    the dotted path of the field ({@code claims[2].asserts.figure}), or empty for the whole file
 * @param message  what was expected and what was found
 */
public record Problem(SourceLocation location, String field, String message) {

    /** Orders problems by file, then line, then column. */
    public static final Comparator<Problem> BY_POSITION = Comparator
            .comparing((Problem problem) -> problem.location().file())
            .thenComparingInt(problem -> problem.location().line())
            .thenComparingInt(problem -> problem.location().column())
            .thenComparing(Problem::field)
            .thenComparing(Problem::message);

    /**
     * The longest message kept, in characters. Messages quote inputs in short excerpts; this bound makes sure that no
     * path through the code can echo a whole file into a report or a terminal.
     */
    public static final int MAX_MESSAGE_CHARS = 1000;

    public Problem {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
        message = Excerpt.of(message, MAX_MESSAGE_CHARS);
    }

    /**
     * {@code path:line:col: field: message} (or without the field when it is empty), always one line: controls that a
     * file name or a quoted value carries are shown as escapes ({@link ConsoleText}), so a problem can neither forge a
     * second problem line nor send escape sequences to a terminal.
     */
    public String render() {
        return ConsoleText.escape(field.isEmpty() ? location + ": " + message
                : location + ": " + field + ": " + message);
    }
}
