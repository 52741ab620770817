package org.claimcheck.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> texts(String text) {
        return SentenceSplitter.split(text).stream().map(Sentence::text).toList();
    }

    @Test
    void should_not_break_after_abbreviations() {
        assertThat(texts("Costs fell, e.g. The GPU bill fell. See Fig. 3 for the U.S. numbers, i.e. Table 2. Done."))
                .containsExactly("Costs fell, e.g. The GPU bill fell.",
                        "See Fig. 3 for the U.S. numbers, i.e. Table 2.", "Done.");
    }

    @Test
    void should_keep_decimals_and_amounts_whole_and_break_at_exclamation_and_question_marks() {
        assertThat(texts("It is 2.5x faster than v1.0. It cost $5.576M in total! Really? Yes, 0.84 of it."))
                .containsExactly("It is 2.5x faster than v1.0.", "It cost $5.576M in total!", "Really?",
                        "Yes, 0.84 of it.");
    }

    @Test
    void should_make_each_list_line_a_sentence_without_its_marker() {
        // given: a colon line, then items marked -, *, • and "1.", one item with two sentences
        String text = "Key points:\n- FP8 halves bytes. BF16 does not\n* Another item\n• Third 3 GPUs\n"
                + "1. Numbered 4 GPUs\n";
        // when
        List<Sentence> sentences = SentenceSplitter.split(text);
        // then
        assertThat(sentences).extracting(Sentence::line, Sentence::text, Sentence::kind).containsExactly(
                tuple(1, "Key points:", Sentence.Kind.PROSE),
                tuple(2, "FP8 halves bytes.", Sentence.Kind.LIST_ITEM),
                tuple(2, "BF16 does not", Sentence.Kind.LIST_ITEM),
                tuple(3, "Another item", Sentence.Kind.LIST_ITEM),
                tuple(4, "Third 3 GPUs", Sentence.Kind.LIST_ITEM),
                tuple(5, "Numbered 4 GPUs", Sentence.Kind.LIST_ITEM));
    }

    @Test
    void should_make_each_table_row_one_sentence_and_skip_separator_rows() {
        // given: a piped table with a decimal and a full stop inside a cell, then the seed article's unpiped form
        String text = "| a | b |\n|---|:---:|\n| 2.5 | x. Y |\nFeature | Impact |\n---|---|\nRouting | +12% |";
        // when
        List<Sentence> sentences = SentenceSplitter.split(text);
        // then
        assertThat(sentences).extracting(Sentence::line, Sentence::text, Sentence::kind).containsExactly(
                tuple(1, "| a | b |", Sentence.Kind.TABLE_ROW),
                tuple(3, "| 2.5 | x. Y |", Sentence.Kind.TABLE_ROW),
                tuple(4, "Feature | Impact |", Sentence.Kind.TABLE_ROW),
                tuple(6, "Routing | +12% |", Sentence.Kind.TABLE_ROW));
    }

    @Test
    void should_keep_headings_apart_from_the_paragraph_below() {
        assertThat(SentenceSplitter.split("# Results\nWe used 3 GPUs.\nSecret #1: FP8 Training\nImagine this.\n"))
                .extracting(Sentence::line, Sentence::text)
                .containsExactly(tuple(1, "# Results"), tuple(2, "We used 3 GPUs."),
                        tuple(3, "Secret #1: FP8 Training"), tuple(4, "Imagine this."));
    }

    @Test
    void should_join_a_line_that_starts_in_lower_case_to_the_paragraph_above() {
        // "It\nworked." starts on line 2 after "3 GPUs. "; "Next line" starts upper-case and is its own line
        assertThat(SentenceSplitter.split("We trained a\nmodel on 3 GPUs. It\nworked.\nNext line"))
                .extracting(Sentence::line, Sentence::text)
                .containsExactly(tuple(1, "We trained a\nmodel on 3 GPUs."), tuple(2, "It\nworked."),
                        tuple(4, "Next line"));
    }

    @Test
    void should_give_offsets_into_the_text_and_drop_pieces_without_letters_or_digits() {
        // "?? " is 3 chars: "Hold on!" spans [3, 11); after "\r\n" the next line starts at 13
        List<Sentence> sentences = SentenceSplitter.split("?? Hold on!\r\nB 2.\r\n---\r\n");
        assertThat(sentences).extracting(Sentence::line, Sentence::start, Sentence::end, Sentence::text)
                .containsExactly(tuple(1, 3, 11, "Hold on!"), tuple(2, 13, 17, "B 2."));
    }

    @Test
    void should_find_no_sentence_in_blank_text() {
        assertThat(SentenceSplitter.split("")).isEmpty();
        assertThat(SentenceSplitter.split(" \n\t\n")).isEmpty();
    }
}
