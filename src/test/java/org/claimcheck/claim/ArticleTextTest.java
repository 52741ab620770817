package org.claimcheck.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ArticleTextTest {

    @Test
    void should_find_a_quote_across_line_breaks_and_runs_of_spaces_at_its_offsets_as_written() {
        ArticleText text = ArticleText.of("Intro.\n\nFP8   cuts\n\tdata size by 50%.");
        // "Intro.\n\n" is 8 characters, so "FP8" starts at 8; the quote as written is 3+3+4+2+16 = 28 characters long
        assertThat(text.first("FP8 cuts data size by 50%")).contains(new TextSpan(8, 36));
        assertThat(text.text().substring(8, 36)).isEqualTo("FP8   cuts\n\tdata size by 50%");
    }

    @Test
    void should_find_nothing_for_a_blank_quote_or_one_that_is_not_there() {
        ArticleText text = ArticleText.of("a b c");
        assertThat(text.first("  \n")).isEmpty();
        assertThat(text.all("")).isEmpty();
        assertThat(text.contains("b  d")).isFalse();
    }

    @Test
    void should_tell_a_quote_with_other_capitals() {
        ArticleText text = ArticleText.of("MoE slashes compute");
        assertThat(text.contains("moe slashes")).isFalse();
        assertThat(text.containsIgnoringCase("moe  slashes")).isTrue();
    }

    @Test
    void should_find_every_occurrence_overlapping_ones_included() {
        assertThat(ArticleText.of("aaaa").all("aa")).containsExactly(new TextSpan(0, 2), new TextSpan(1, 3),
                new TextSpan(2, 4));
    }

    @Test
    void should_agree_with_a_regular_expression_of_the_quote_on_random_texts() {
        // second method: each word of the quote, quoted, joined by \s+ (how quotes were matched before the index)
        SplittableRandom random = new SplittableRandom(20261202L);
        String[] pieces = {"a", "b", "ab", " ", "  ", "\n", "\t", "\r\n", ".", "%", "\u000B", "\f"};
        for (int round = 0; round < 2000; round++) {
            String text = randomText(random, pieces, 1 + random.nextInt(40));
            String quote = randomText(random, pieces, 1 + random.nextInt(6));
            assertThat(ArticleText.of(text).all(quote)).as("%s in %s", quote, text)
                    .isEqualTo(byRegex(quote, text));
        }
    }

    @Test
    void should_agree_with_the_regular_expression_on_long_texts_with_many_repeats_of_long_quotes() {
        // longer quotes than above, in texts of up to 1,800 characters where their pieces repeat often
        SplittableRandom random = new SplittableRandom(20261203L);
        String[] pieces = {"ab", "ba", "a", " ", "\n ", "abab", "b.", "%"};
        for (int round = 0; round < 500; round++) {
            String text = randomText(random, pieces, 50 + random.nextInt(400));
            // half the quotes are cut from the text itself (so they stand there at least once), half are random
            String quote;
            if (random.nextBoolean()) {
                int from = random.nextInt(text.length());
                quote = text.substring(from, Math.min(text.length(), from + 4 + random.nextInt(30)));
            } else {
                quote = randomText(random, pieces, 2 + random.nextInt(10));
            }
            ArticleText article = ArticleText.of(text);
            assertThat(article.all(quote)).as("%s in %s", quote, text).isEqualTo(byRegex(quote, text));
            // a second search of the same text uses the index built by the first
            assertThat(article.all(quote + "ab")).isEqualTo(byRegex(quote + "ab", text));
        }
    }

    private static String randomText(SplittableRandom random, String[] pieces, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }

    private static List<TextSpan> byRegex(String quote, String text) {
        String stripped = quote.replaceAll("\\s+", " ").strip();
        List<TextSpan> spans = new ArrayList<>();
        if (stripped.isEmpty()) {
            return spans;
        }
        List<String> words = new ArrayList<>();
        for (String word : stripped.split(" ")) {
            words.add(Pattern.quote(word));
        }
        Matcher matcher = Pattern.compile(String.join("\\s+", words)).matcher(text);
        for (int from = 0; from <= text.length() && matcher.find(from); from = matcher.start() + 1) {
            spans.add(new TextSpan(matcher.start(), matcher.end()));
        }
        return spans;
    }
}
