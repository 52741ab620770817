package org.claimcheck.check.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.claimcheck.unit.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The library's Qwen, Gemma 2 and gpt-oss configs against the totals their vendors publish, each at the precision it
 * is written with (half a step of its last digit). The figures are typed here from the documents, not read from the
 * library's facts, so that a wrong fact cannot make its own test pass.
 */
class PublishedModelCountsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // gpt-oss model card (arXiv 2508.10925) Table 1, p.5: Total Parameters 116.83B and 20.91B
        "gpt-oss-120b      | 116.83e9 | 0.005e9",
        "gpt-oss-20b       | 20.91e9  | 0.005e9",
        // Qwen2.5-3B card: Number of Parameters 3.09B
        "qwen2.5-3b        | 3.09e9   | 0.005e9",
        // Qwen3-30B-A3B card: 30.5B in total
        "qwen3-30b-a3b     | 30.5e9   | 0.05e9",
        // Qwen3-235B-A22B card (Model Overview): 235B in total
        "qwen3-235b-a22b   | 235e9    | 0.5e9",
        // Qwen3-8B and Qwen3-32B cards (Model Overview): Number of Parameters 8.2B and 32.8B
        "qwen3-8b          | 8.2e9    | 0.05e9",
        "qwen3-32b         | 32.8e9   | 0.05e9",
        // Qwen2-57B-A14B card: #Params 57B
        "qwen2-57b-a14b    | 57e9     | 0.5e9",
        // Qwen1.5-MoE-A2.7B card: 14.3B parameters in total
        "qwen1.5-moe-a2.7b | 14.3e9   | 0.05e9"})
    void should_reproduce_the_published_total(String model, double published, double halfStep) throws Exception {
        assertThat((double) ParameterCount.total(FixtureContext.architecture(model)).value())
                .isCloseTo(published, within(halfStep));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Gemma 2 report (arXiv 2408.00118) Table 2: non-embedding parameters, exact
        "gemma-2-9b    | 8324201984  | 0",
        "gemma-2-27b   | 26047480320 | 0",
        // Qwen cards: Number of Paramaters (Non-Embedding) 6.53B, 2.77B, 29.9B
        "qwen2.5-7b      | 6.53e9      | 0.005e9",
        "qwen2.5-3b      | 2.77e9      | 0.005e9",
        "qwen3-30b-a3b   | 29.9e9      | 0.05e9",
        // Qwen3-8B, Qwen3-32B and Qwen3-235B-A22B cards: Number of Paramaters (Non-Embedding) 6.95B, 31.2B, 234B
        "qwen3-8b        | 6.95e9      | 0.005e9",
        "qwen3-32b       | 31.2e9      | 0.05e9",
        "qwen3-235b-a22b | 234e9       | 0.5e9"})
    void should_reproduce_the_published_non_embedding_count(String model, double published, double halfStep)
            throws Exception {
        assertThat((double) ParameterCount.nonEmbedding(FixtureContext.architecture(model)).value())
                .isCloseTo(published, within(halfStep));
    }

    @Test
    void should_reproduce_gpt_oss_active_counts_under_the_card_convention() throws Exception {
        // Table 1: "Unembedding parameters are counted towards active, but not embeddings": 5.13B and 3.61B
        assertThat((double) ParameterCount.active(FixtureContext.architecture("gpt-oss-120b")).value())
                .isCloseTo(5.13e9, within(0.005e9));
        assertThat((double) ParameterCount.active(FixtureContext.architecture("gpt-oss-20b")).value())
                .isCloseTo(3.61e9, within(0.005e9));
    }

    @Test
    void should_reproduce_qwen_moe_activated_counts_only_with_the_embedding() throws Exception {
        // Qwen1.5-MoE-A2.7B card: 2.7B activated; Qwen2-57B-A14B card: 14B activated. With the embedding table
        // 2.69B and 14.25B; without it 2.38B, which is not 2.7B at the precision written
        assertThat((double) ParameterCount.activeWithEmbedding(FixtureContext.architecture("qwen1.5-moe-a2.7b"))
                .value()).isCloseTo(2.7e9, within(0.05e9));
        assertThat((double) ParameterCount.active(FixtureContext.architecture("qwen1.5-moe-a2.7b")).value())
                .isNotCloseTo(2.7e9, within(0.05e9));
        assertThat((double) ParameterCount.activeWithEmbedding(FixtureContext.architecture("qwen2-57b-a14b"))
                .value()).isCloseTo(14e9, within(0.5e9));
    }

    @Test
    void should_reproduce_the_qwen3_235b_activated_count_with_or_without_the_embedding() throws Exception {
        // Qwen3-235B-A22B card: 22B activated, not saying whether the embedding counts. Without it 21.57B, with it
        // 22.19B: both are 22B at the precision written, so the card does not tell the two conventions apart
        Architecture qwen = FixtureContext.architecture("qwen3-235b-a22b");

        assertThat((double) ParameterCount.active(qwen).value()).isCloseTo(22e9, within(0.5e9));
        assertThat((double) ParameterCount.activeWithEmbedding(qwen).value()).isCloseTo(22e9, within(0.5e9));
    }

    @Test
    void should_count_qwen3_235b_as_worked_by_hand() throws Exception {
        // d 4096, 94 layers, 64 query heads and 4 KV heads of 128, 128 experts of width 1536, vocab 151,936, untied.
        // Attention: q 4096×8192 + k, v 2 × 4096×512 + o 8192×4096 + q_norm, k_norm 2 × 128 = 71,303,424;
        // two RMSNorms 8,192; router 4096×128 = 524,288; experts 128 × 3 × 4096×1536 = 2,415,919,104.
        // Layer 2,487,755,008; × 94 = 233,848,970,752; + final norm 4,096 = 233,848,974,848 without the embedding
        // and the head; + 2 × 151,936×4096 = 1,244,659,712 gives 235,093,634,560 in all
        Architecture qwen = FixtureContext.architecture("qwen3-235b-a22b");

        assertThat(ParameterCount.total(qwen).value()).isEqualTo(235_093_634_560L);
        assertThat(ParameterCount.nonEmbedding(qwen).value()).isEqualTo(233_848_974_848L);
    }

    @Test
    void should_find_the_qwen_cards_that_the_configs_do_not_reproduce() throws Exception {
        // Qwen2.5-7B card "7.61B": the config gives 7,615,616,512, which rounds to 7.62B (the card truncates);
        // Qwen3-30B-A3B card "3.3B activated": 3,353,032,704 with the embedding, 3,041,867,776 without it
        assertThat(ParameterCount.total(FixtureContext.architecture("qwen2.5-7b")).value())
                .isEqualTo(7_615_616_512L);
        assertThat((double) ParameterCount.total(FixtureContext.architecture("qwen2.5-7b")).value())
                .isNotCloseTo(7.61e9, within(0.005e9));
        assertThat((double) ParameterCount.activeWithEmbedding(FixtureContext.architecture("qwen3-30b-a3b"))
                .value()).isNotCloseTo(3.3e9, within(0.05e9));
    }

    @Test
    void should_count_gemma_embeddings_with_the_config_vocabulary_not_the_report_one() throws Exception {
        // Table 2: embedding 917,962,752 = 256,128 × 3,584; the config's vocab_size 256,000 gives 917,504,000
        Architecture gemma = FixtureContext.architecture("gemma-2-9b");

        assertThat(LayerParams.embedding(gemma)).isEqualTo(256_000L * 3_584);
        assertThat(917_962_752L).isEqualTo(256_128L * 3_584);
    }

    @Test
    void should_reproduce_gpt_oss_checkpoint_sizes_with_mxfp4_experts() throws Exception {
        // Table 1: Checkpoint Size 60.8GiB and 12.8GiB; §2.1: MoE weights MXFP4 at 4.25 bits, the rest BF16
        double gib = Unit.GIB.factorToBase();

        assertThat(WeightStorage.of(FixtureContext.architecture("gpt-oss-120b")).value() / gib)
                .isCloseTo(60.8, within(0.05));
        assertThat(WeightStorage.of(FixtureContext.architecture("gpt-oss-20b")).value() / gib)
                .isCloseTo(12.8, within(0.05));
    }

    @Test
    void should_store_mxfp4_at_4_25_bits_per_element_when_rows_are_whole_blocks() throws Exception {
        // hidden 2880 and width 2880 are multiples of 32: 4 + 8 / 32 = 4.25 bits per element (§2.1)
        Architecture oss = FixtureContext.architecture("gpt-oss-20b");
        long elements = 24L * 32 * 3 * 2_880 * 2_880;
        long rest = ParameterCount.total(oss).value() - elements;

        assertThat(WeightStorage.of(oss).value()).isEqualTo((elements * 17 / 4 + rest * 16) / 8);
    }
}
