package org.claimcheck.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcerptTest {

    @Test
    void should_keep_a_short_text_whole() {
        assertThat(Excerpt.of("x".repeat(80))).isEqualTo("x".repeat(80));
    }

    @Test
    void should_cut_a_long_text_saying_how_long_it_was() {
        assertThat(Excerpt.of("x".repeat(5_000_000))).isEqualTo("x".repeat(80) + "… (5000000 characters)");
    }

    @Test
    void should_not_split_a_surrogate_pair() {
        String text = "x".repeat(79) + "\uD83D\uDE00" + "tail";
        assertThat(Excerpt.of(text)).isEqualTo("x".repeat(79) + "… (85 characters)");
    }
}
