package org.claimcheck.check.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ForwardFlopsTest {

    @ParameterizedTest
    @CsvSource({
        // HW Table 2 (secondary, via a third-party summary): training GFLOP per token at sequence 4096, causal;
        // HW's Llama-405B figure is 1.0 % below ours (2,473), within the looser bound
        "deepseek-v3, 250, 0.5",
        "deepseek-v2, 155, 0.5",
        "llama-3.1-405b, 2448, 1.5"
    })
    void should_reproduce_training_flops_per_token_of_the_hardware_paper(String model, double gflops,
                                                                         double percent) throws Exception {
        ForwardFlops.Result training = ForwardFlops.training(FixtureContext.architecture(model), 4096,
                AttentionSpan.CAUSAL_MEAN);

        assertThat(training.flopsPerToken() / 1e9).isCloseTo(gflops, withinPercentage(percent));
    }

    @Test
    void should_add_attention_flops_to_twice_the_inventory_matrix_weights() throws Exception {
        // given: a second method — matrix weights summed from the tensor inventory, attention by hand
        Architecture llama = FixtureContext.architecture("llama-3.1-8b");
        long weights = TensorInventory.of(ParameterCountTest.file("llama-3.1-8b")).activeMatmul();
        // last token at 8,192 keys: 2 × 32 heads × (128 + 128) × 32 layers × 8,192 = 4,294,967,296
        double attention = 4_294_967_296.0;

        // when
        ForwardFlops.Result last = ForwardFlops.forward(llama, 8192, AttentionSpan.LAST_TOKEN);
        ForwardFlops.Result mean = ForwardFlops.forward(llama, 8192, AttentionSpan.CAUSAL_MEAN);

        // then: the causal mean attends (8,192 + 1) / 2 keys instead of 8,192
        assertThat(last.flopsPerToken()).isEqualTo(2.0 * weights + attention);
        assertThat(mean.flopsPerToken()).isEqualTo(2.0 * weights + attention * 8193 / 2 / 8192);
    }

    @Test
    void should_cut_the_dense_compute_by_the_active_share() throws Exception {
        // FACTS D2: 2·N_active forward FLOPs; V3 vs Llama-3.1-405B cut ≈ 90.9 % (37B vs 405B). With exact
        // matrix weights and no attention term (one key) the cut is 1 − 36.6 / 403.7 ≈ 90.9 %.
        double v3 = ForwardFlops.forward(FixtureContext.architecture("deepseek-v3"), 1, AttentionSpan.LAST_TOKEN)
                .flopsPerToken();
        double llama = ForwardFlops.forward(FixtureContext.architecture("llama-3.1-405b"), 1,
                AttentionSpan.LAST_TOKEN).flopsPerToken();

        assertThat(1 - v3 / llama).isCloseTo(0.909, within(0.001));
    }

    @Test
    void should_average_attended_keys_by_brute_force_with_a_window() {
        // brute force: mean over positions 1..n of min(i, w)
        long n = 10_000;
        long w = 4_096;
        double sum = 0;
        for (long i = 1; i <= n; i++) {
            sum += Math.min(i, w);
        }

        assertThat(AttentionSpan.CAUSAL_MEAN.keysPerToken(n, w)).isCloseTo(sum / n, within(1e-9));
        assertThat(AttentionSpan.CAUSAL_MEAN.keysPerToken(n, 0)).isCloseTo((n + 1) / 2.0, within(1e-9));
        assertThat(AttentionSpan.LAST_TOKEN.keysPerToken(n, w)).isEqualTo(4_096.0);
    }

    @Test
    void should_default_the_context_to_the_pre_training_length() throws Exception {
        // DeepSeek-V3: rope_scaling.original_max_position_embeddings 4096 (R §4.2 p.22: sequence length 4K);
        // Llama 3.1: 8192; Mixtral states none, so 4096 (issue 3)
        assertThat(FixtureContext.architecture("deepseek-v3").contextTokens()).isEqualTo(4096);
        assertThat(FixtureContext.architecture("llama-3.1-405b").contextTokens()).isEqualTo(8192);
        assertThat(FixtureContext.architecture("mixtral-8x7b").contextTokens()).isEqualTo(4096);
    }

    @Test
    void should_cap_the_keys_of_sliding_window_layers() throws Exception {
        // gemma2-tiny (FamilyCountsTest): matrices per layer attention 1,152 + MLP 1,152, 3 layers = 6,912, plus the
        // tied head 1,600 = 8,512 weights → 17,024 FLOPs. Per key and layer 2 × 2 heads × (12 + 12) = 96. Causal mean
        // over 32 tokens: full layer 33 / 2 = 16.5 keys; a layer with window 8: (1 + … + 8 + 24 × 8) / 32 = 228 / 32
        // = 7.125 keys; 1 full + 2 sliding layers = 30.75 keys → 2,952 FLOPs. Forward = 19,976 FLOPs per token
        ForwardFlops.Result forward = ForwardFlops.forward(FixtureContext.architecture("fixture/gemma2-tiny"), 32,
                AttentionSpan.CAUSAL_MEAN);

        assertThat(forward.flopsPerToken()).isCloseTo(19_976.0, within(1e-9));
    }
}
