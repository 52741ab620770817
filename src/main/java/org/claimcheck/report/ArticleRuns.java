package org.claimcheck.report;

import java.util.ArrayList;
import java.util.List;
import org.claimcheck.claim.TextSpan;

/**
 * The article's text as runs of plain text and claim quotes, cut to any range of it: a quote that a range cuts (a
 * quote over a line break or a table's bar) gives a piece to each range, the first piece marked as the quote's start
 * and the last as its end. Artefacts of the copy are left out of the plain runs.
 */
final class ArticleRuns {

    /** A segment of the text at its offsets; {@code quote} is null for plain text. */
    private record Piece(int start, int end, PageView.QuoteView quote) {
    }

    private final String text;
    private final List<Piece> pieces;
    private final List<TextSpan> leftOut;

    private ArticleRuns(String text, List<Piece> pieces, List<TextSpan> leftOut) {
        this.text = text;
        this.pieces = pieces;
        this.leftOut = leftOut;
    }

    /**
     * The runs of {@code text}.
     *
     * @param text     the article's text
     * @param segments its segments in order, which together are the text
     * @param leftOut  spans of the text not to show (artefacts); a quote is shown whole all the same
     */
    static ArticleRuns of(String text, List<PageView.SegmentView> segments, List<TextSpan> leftOut) {
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        for (PageView.SegmentView segment : segments) {
            pieces.add(new Piece(at, at + segment.text().length(), segment.claim()));
            at += segment.text().length();
        }
        List<TextSpan> sorted = new ArrayList<>(leftOut);
        sorted.sort(java.util.Comparator.comparingInt(TextSpan::start));
        return new ArticleRuns(text, pieces, List.copyOf(sorted));
    }

    /** The runs of {@code [start, end)} without the white space at either end. */
    List<ArticleView.Run> between(int start, int end) {
        int from = start;
        int to = end;
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        List<ArticleView.Run> runs = new ArrayList<>();
        for (Piece piece : pieces) {
            int pieceFrom = Math.max(from, piece.start());
            int pieceTo = Math.min(to, piece.end());
            if (pieceFrom >= pieceTo) {
                continue;
            }
            if (piece.quote() == null) {
                plain(pieceFrom, pieceTo, runs);
            } else {
                runs.add(new ArticleView.Run(text.substring(pieceFrom, pieceTo), piece.quote(),
                        pieceFrom == piece.start(), pieceTo == piece.end()));
            }
        }
        return runs;
    }

    /** The plain text of {@code [from, to)} without the spans left out. */
    private void plain(int from, int to, List<ArticleView.Run> runs) {
        int at = from;
        for (TextSpan out : leftOut) {
            if (out.overlaps(at, to)) {
                add(text.substring(at, Math.max(at, out.start())), runs);
                at = Math.max(at, out.end());
            }
        }
        add(text.substring(at, to), runs);
    }

    /** A plain run; a block does not start with the white space a left-out span had after it. */
    private static void add(String plain, List<ArticleView.Run> runs) {
        String shown = runs.isEmpty() ? plain.stripLeading() : plain;
        if (!shown.isEmpty()) {
            runs.add(new ArticleView.Run(shown, null, false, false));
        }
    }
}
