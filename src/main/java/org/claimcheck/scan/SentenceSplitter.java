package org.claimcheck.scan;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an article into sentences. Each line of a list or a table is a sentence of its own; a paragraph line is
 * split at sentence ends by the JDK's sentence {@link BreakIterator} (which keeps decimals such as {@code 2.5} and
 * {@code $5.576M} whole), and a break after a known abbreviation ({@code e.g.}, {@code vs.}, {@code U.S.}) is undone.
 * A line that starts with a lower-case letter continues the paragraph above it (hard-wrapped text). Lines with no
 * letter or digit, such as table separators ({@code ---|---|}) and rules, hold no sentence.
 */
public final class SentenceSplitter {

    private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(?:[-*+•·–]|\\d{1,3}[.)])\\s+(?=\\S)");
    private static final Pattern ABBREVIATION = Pattern.compile("(?:\\b(?:e\\.g|i\\.e|vs|cf|approx|ca|Dr|Mr|"
            + "Mrs|Ms|Prof|Fig|Figs|Eq|Sec|No|Vol|al|Inc|Ltd|Corp|Jr|Sr)|(?<![\\p{L}.])(?:\\p{Lu}\\.)+\\p{Lu})\\.$");
    private static final Pattern CONTENT = Pattern.compile("[\\p{L}\\p{N}]");

    private SentenceSplitter() {
    }

    private record Block(int start, int end, Sentence.Kind kind) {
    }

    /** The sentences of {@code text}, in order; none overlap. */
    public static List<Sentence> split(String text) {
        int[] lineStarts = lineStarts(text);
        List<Sentence> sentences = new ArrayList<>();
        for (Block block : blocks(text, lineStarts)) {
            if (block.kind() == Sentence.Kind.TABLE_ROW) {
                sentences.add(sentence(text, lineStarts, block.start(), block.end(), block.kind()));
            } else {
                for (int[] span : prose(text.substring(block.start(), block.end()))) {
                    sentences.add(sentence(text, lineStarts, block.start() + span[0], block.start() + span[1],
                            block.kind()));
                }
            }
        }
        return List.copyOf(sentences);
    }

    /** The lines as blocks: a table row, a list item, or a paragraph (lines joined while the next is lower-case). */
    private static List<Block> blocks(String text, int[] lineStarts) {
        List<Block> blocks = new ArrayList<>();
        Block open = null;
        for (int i = 0; i < lineStarts.length; i++) {
            int from = lineStarts[i];
            int to = i + 1 < lineStarts.length ? lineStarts[i + 1] - 1 : text.length();
            String line = text.substring(from, to);
            int start = from + (line.length() - line.stripLeading().length());
            int end = from + line.stripTrailing().length();
            String trimmed = line.strip();
            Matcher marker = LIST_MARKER.matcher(line);
            if (!CONTENT.matcher(trimmed).find()) {
                open = close(open, blocks);
            } else if (trimmed.startsWith("|") || trimmed.endsWith("|")) {
                open = close(open, blocks);
                blocks.add(new Block(start, end, Sentence.Kind.TABLE_ROW));
            } else if (marker.find()) {
                close(open, blocks);
                open = new Block(from + marker.end(), end, Sentence.Kind.LIST_ITEM);
            } else if (open != null && Character.isLowerCase(trimmed.codePointAt(0))) {
                open = new Block(open.start(), end, open.kind());
            } else {
                close(open, blocks);
                open = new Block(start, end, Sentence.Kind.PROSE);
            }
        }
        close(open, blocks);
        return blocks;
    }

    private static Block close(Block open, List<Block> blocks) {
        if (open != null) {
            blocks.add(open);
        }
        return null;
    }

    /** The sentence spans of a block's text: break, undo breaks after abbreviations, trim, drop empty pieces. */
    private static List<int[]> prose(String block) {
        BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ROOT);
        breaks.setText(block);
        List<int[]> spans = new ArrayList<>();
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
            if (end < block.length() && ABBREVIATION.matcher(block.substring(start, end).stripTrailing()).find()) {
                continue;
            }
            String piece = block.substring(start, end);
            int from = start + (piece.length() - piece.stripLeading().length());
            int to = start + piece.stripTrailing().length();
            if (CONTENT.matcher(piece).find()) {
                spans.add(new int[] {from, to});
            }
            start = end;
        }
        return spans;
    }

    private static Sentence sentence(String text, int[] lineStarts, int start, int end, Sentence.Kind kind) {
        int index = Arrays.binarySearch(lineStarts, start);
        int line = index >= 0 ? index + 1 : -index - 1;
        return new Sentence(line, start, end, text.substring(start, end), kind);
    }

    /** The offset at which each line starts; lines end at {@code \n} (a {@code \r} before it is white space). */
    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            starts.add(i + 1);
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}
