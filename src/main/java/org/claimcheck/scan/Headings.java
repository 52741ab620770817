package org.claimcheck.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The section headings of a plain-text or Markdown article. A heading is a Markdown heading ({@code ## Results}), or a
 * line of prose that stands alone as headings do in text without mark-up: at most {@value #MAX_WORDS} words, no
 * sentence end of its own ({@code . ! ? : ;} or a closing quote after one), right after the start of the text, a blank
 * line or a line that ends a sentence, and followed by more text. A line after one ending in a colon is the item of a
 * list, and a table row or a marked list item is never a heading.
 */
public final class Headings {

    /** Longer lines are prose, however they end. */
    static final int MAX_WORDS = 14;
    private static final Pattern MARKDOWN = Pattern.compile("^#{1,6}\\s+(?=\\S)");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;…][\"”’')\\]]*$");
    private static final Pattern LIST_OR_TABLE = Pattern.compile("^(?:[-*+•·–]|\\d{1,3}[.)])\\s|\\|");

    /**
     * A heading.
     *
     * @param line its 1-based line
     * @param text the line without its Markdown marker, trimmed
     */
    public record Heading(int line, String text) {
    }

    private Headings() {
    }

    /** The headings of {@code text}, in order. */
    public static List<Heading> of(String text) {
        String[] lines = text.split("\n", -1);
        List<Heading> headings = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (MARKDOWN.matcher(line).find()) {
                headings.add(new Heading(i + 1, MARKDOWN.matcher(line).replaceFirst("").strip()));
            } else if (standsAlone(lines, i)) {
                headings.add(new Heading(i + 1, line));
            }
        }
        return List.copyOf(headings);
    }

    /** The last heading that starts before {@code line}, if any: the section a sentence on that line stands in. */
    public static Optional<Heading> sectionOf(List<Heading> headings, int line) {
        Heading found = null;
        for (Heading heading : headings) {
            if (heading.line() < line) {
                found = heading;
            }
        }
        return Optional.ofNullable(found);
    }

    private static boolean standsAlone(String[] lines, int i) {
        String line = lines[i].strip();
        if (line.isEmpty() || LIST_OR_TABLE.matcher(line).find() || SENTENCE_END.matcher(line).find()
                || line.split("\\s+").length > MAX_WORDS || !Character.isLetterOrDigit(line.codePointAt(0))) {
            return false;
        }
        String previous = i == 0 ? "" : lines[i - 1].strip();
        boolean afterBreak = previous.isEmpty() || previous.startsWith("#")
                || SENTENCE_END.matcher(previous).find() && !previous.endsWith(":");
        boolean textFollows = false;
        for (int next = i + 1; next < lines.length && !textFollows; next++) {
            textFollows = !lines[next].isBlank();
        }
        return afterBreak && textFollows;
    }
}
