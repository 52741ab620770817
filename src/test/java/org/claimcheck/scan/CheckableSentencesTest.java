package org.claimcheck.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The seed article, labelled by hand, sentence by sentence: which sentences a fact-checker must account for. The
 * decisions the rules encode:
 * <ul>
 *   <li>the "Secret #1/#2/#3" headings are not checkable: "#1" is an ordinal that numbers the article's sections, and
 *       the heading only announces the section whose sentences carry the claims (claims name it in {@code section});
 *   <li>the table separator row "---|---|" holds no sentence; the header row "Feature | Impact |" is not checkable;
 *   <li>"Five-step breakdown:" is checkable: it states that MLA works in five steps, a count a fact-checker can hold
 *       against the report (covered by a claim or waived with the reason, never silently skipped);
 *   <li>"DeepSeek V3", "FP8", "H800", "E4M3", "Claude-3.5" are names, not quantities; "Llama 3" reads as a number,
 *       but both its sentences are checkable for other reasons anyway.
 * </ul>
 */
class CheckableSentencesTest {

    private static final Path SEED = Path.of("claims/deepseek-v3-article/article.txt");

    /** The checkable sentences of the seed, by line and first words, each with why a reader counts it. */
    private static final List<Tuple> CHECKABLE = List.of(
            tuple(1, "DeepSeek V3 just dropped"),        // 62% cost reduction
            tuple(1, "Let's unpack how"),                // slashed costs; outperforming Llama 3, Claude-3.5
            tuple(3, "Imagine training a 671B"),         // 671B parameters; $100M GPT-4 budget
            tuple(3, "Traditional models use"),          // 16-bit, 32-bit; FP8 cuts data size by 50%
            tuple(5, "Dynamic Scaling:"),                // mechanism; 128-channel tiles
            tuple(6, "E4M3 Format:"),                    // mechanism; 4-bit exponents, 3-bit mantissas
            tuple(7, "Hardware Synergy:"),               // reducing memory bottlenecks by 37%
            tuple(8, "Gradient Clipping:"),              // mechanism: prevents overflow
            tuple(9, "Layer-wise Calibration:"),         // mechanism: auto-adjusts scaling factors
            tuple(11, "The DeepSeekMoE architecture"),   // 256 specialists, 8 per task
            tuple(11, "This sparse activation"),         // slashes computation by 84% compared to dense models
            tuple(14, "Bias-Enhanced Routing"),          // +12% accuracy vs standard MoE
            tuple(15, "Redundant Experts"),              // eliminates GPU idle time
            tuple(16, "DualPipe Parallelism"),           // 90% GPU utilization
            tuple(17, "Pro tip:"),                       // the warm-up technique pre-trains specialists
            tuple(19, "Meet Multi-Head Latent"),         // MLA crushes long-context tasks
            tuple(20, "Five-step breakdown:"),           // five steps (see above)
            tuple(21, "Token Compression:"),             // groups 64 tokens
            tuple(22, "Dynamic Pruning:"),               // drops 40% of heads
            tuple(23, "KV Cache Sharing:"),              // mechanism: reuses cached keys/values
            tuple(24, "Bandwidth Optimization:"),        // mechanism: prioritizes attention flow
            tuple(25, "Hardware-Aware Scheduling:"));    // mechanism: aligns computation with memory hierarchies

    /** The other sentences, whole, each with why it holds nothing to check. */
    private static final List<Tuple> NOT_CHECKABLE = List.of(
            tuple(1, "Hold onto your keyboards, AI enthusiasts!"),      // a call to the reader
            tuple(1, "This isn't just about saving dollars—it's about democratizing AI innovation."),  // opinion
            tuple(1, "Spoiler: FP8 precision and MoE wizardry are just the beginning."),  // a teaser; lines 3-25 say it
            tuple(2, "DeepSeek V3 Optimization Secret #1: FP8 Mixed Precision Training"),  // heading, ordinal
            tuple(3, "DeepSeek V3's FP8 mixed precision training is the game-changer here."),  // opinion
            tuple(4, "How it works:"),                                  // introduces the list
            tuple(10, "DeepSeek V3 Optimization Secret #2: MoE Architecture on Steroids"),  // heading, ordinal
            tuple(11, "Key innovations:"),                              // introduces the table
            tuple(12, "Feature | Impact |"),                            // table header
            tuple(18, "DeepSeek V3 Optimization Secret #3: The MLA Attention Hack"),  // heading, ordinal
            tuple(19, "Traditional attention mechanisms?"),             // rhetorical question
            tuple(19, "They're like reading a book word-by-word."),     // metaphor
            tuple(19, "MLA?"),                                          // rhetorical question
            tuple(19, "It's speed-reading with laser focus."));         // metaphor

    private static List<Sentence> sentences() throws IOException {
        return SentenceSplitter.split(Files.readString(SEED, StandardCharsets.UTF_8));
    }

    @Test
    void should_list_exactly_the_sentences_labelled_checkable_by_hand() throws IOException {
        List<CheckableSentences.Checkable> checkable = CheckableSentences.of(Files.readString(SEED));
        assertThat(checkable).extracting(c -> c.sentence().line(), c -> firstWords(c.sentence(), CHECKABLE))
                .containsExactlyElementsOf(CHECKABLE);
    }

    @Test
    void should_leave_out_exactly_the_sentences_labelled_not_checkable_by_hand() throws IOException {
        // given: every sentence of the seed is in one list or the other (the separator row "---|---|" in neither)
        assertThat(sentences()).hasSize(CHECKABLE.size() + NOT_CHECKABLE.size());
        // when
        List<Sentence> left = sentences().stream()
                .filter(sentence -> CheckabilityRules.matching(sentence.normalised()).isEmpty()).toList();
        // then
        assertThat(left).extracting(Sentence::line, Sentence::text).containsExactlyElementsOf(NOT_CHECKABLE);
    }

    @Test
    void should_say_why_the_seed_sentences_are_checkable() throws IOException {
        // hand-read: line 11's second sentence has "84%", "84", "compared to", "slashes" and "strategy slashes"
        List<CheckableSentences.Checkable> checkable = CheckableSentences.of(Files.readString(SEED));
        assertThat(checkable.get(10).rules()).extracting(CheckabilityRules.Rule::name)
                .containsExactly("percent", "number", "comparative", "effect-verb", "technique-verb");
        // line 23 holds no number: only the label-and-verb form "KV Cache Sharing: Reuses" makes it checkable
        assertThat(checkable.get(19).rules()).extracting(CheckabilityRules.Rule::name).containsExactly("mechanism");
    }

    /** The sentence's first words, as long as the label of the same line that it starts with. */
    private static String firstWords(Sentence sentence, List<Tuple> labels) {
        return labels.stream().map(label -> (String) label.toArray()[1])
                .filter(words -> sentence.text().startsWith(words)).findFirst().orElse(sentence.text());
    }
}
