package org.claimcheck.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.claimcheck.claim.ArticleText;
import org.claimcheck.verdict.ClaimResult;

/** Splits the article text into plain runs and claim quotes, so a page can mark each quote where it stands. */
final class ArticleSegments {

    /**
     * One run of the article.
     *
     * @param text  the run's text
     * @param claim the claim quoted here, or null for plain text (a view model for the template, not the domain)
     */
    record Segment(String text, ClaimResult claim) {
    }

    private record Span(int start, int end, ClaimResult claim) {
    }

    private ArticleSegments() {
    }

    /** The runs of the article's text in order; overlapping quotes keep the earlier one. */
    static List<Segment> of(ArticleText article, List<ClaimResult> claims) {
        String text = article.text();
        List<Span> spans = new ArrayList<>();
        for (ClaimResult claim : claims) {
            article.first(claim.claim().quote()).ifPresent(at -> spans.add(new Span(at.start(), at.end(), claim)));
        }
        spans.sort(Comparator.comparingInt(Span::start).thenComparing(span -> span.claim().claim().id()));
        List<Segment> segments = new ArrayList<>();
        int at = 0;
        for (Span span : spans) {
            if (span.start() < at) {
                continue;
            }
            if (span.start() > at) {
                segments.add(new Segment(text.substring(at, span.start()), null));
            }
            segments.add(new Segment(text.substring(span.start(), span.end()), span.claim()));
            at = span.end();
        }
        if (at < text.length()) {
            segments.add(new Segment(text.substring(at), null));
        }
        return segments;
    }
}
