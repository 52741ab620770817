package org.claimcheck.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where a quote stands in a text, as the loader matches quotes: verbatim, with any run of white space as one. */
final class QuoteSpans {

    private QuoteSpans() {
    }

    /** The {@code [start, end)} spans of every occurrence of {@code quote} in {@code text}; none for a blank quote. */
    static List<int[]> of(String quote, String text) {
        String[] words = quote.strip().split("\\s+");
        if (words[0].isEmpty()) {
            return List.of();
        }
        List<String> quoted = new ArrayList<>();
        for (String word : words) {
            quoted.add(Pattern.quote(word));
        }
        Matcher matcher = Pattern.compile(String.join("\\s+", quoted)).matcher(text);
        List<int[]> spans = new ArrayList<>();
        int from = 0;
        while (from <= text.length() && matcher.find(from)) {
            spans.add(new int[] {matcher.start(), matcher.end()});
            from = matcher.start() + 1;
        }
        return spans;
    }

    /** Whether any span overlaps the sentence. */
    static boolean overlap(List<int[]> spans, Sentence sentence) {
        return spans.stream().anyMatch(span -> span[0] < sentence.end() && sentence.start() < span[1]);
    }
}
