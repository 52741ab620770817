package org.claimcheck.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** The runs of {@code text} in order; overlapping quotes keep the earlier one. */
    static List<Segment> of(String text, List<ClaimResult> claims) {
        List<Span> spans = new ArrayList<>();
        for (ClaimResult claim : claims) {
            Matcher matcher = pattern(claim.claim().quote()).matcher(text);
            if (matcher.find()) {
                spans.add(new Span(matcher.start(), matcher.end(), claim));
            }
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

    /** The quote with any run of white space matching any other. */
    private static Pattern pattern(String quote) {
        String[] words = quote.strip().split("\\s+");
        List<String> quoted = new ArrayList<>();
        for (String word : words) {
            quoted.add(Pattern.quote(word));
        }
        return Pattern.compile(String.join("\\s+", quoted));
    }
}
