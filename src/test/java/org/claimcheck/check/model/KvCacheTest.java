package org.claimcheck.check.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.claimcheck.check.StorageFormat;
import org.claimcheck.unit.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KvCacheTest {

    private static final KvPrecision BF16 = KvPrecision.of(StorageFormat.BF16);

    @ParameterizedTest
    @CsvSource({
        // MLA: (kv_lora_rank 512 + qk_rope_head_dim 64) × 61 layers = 35,136 elements; × 2 B = 70,272 B
        // (FACTS D7; HW Table 1, secondary: 70.272 KB)
        "deepseek-v3, 35136, 70272",
        // MLA: (512 + 64) × 60 layers = 34,560 (V2 report: (d_c + d_h^R) × l)
        "deepseek-v2, 34560, 69120",
        // GQA: 2 × 8 KV heads × 128 × 126 layers = 258,048; HW Table 1: 516.096 KB
        "llama-3.1-405b, 258048, 516096",
        // GQA: 2 × 8 × 128 × 80 = 163,840; HW Table 1 (Qwen-2.5-72B, same shape): 327.680 KB
        "llama-3.1-70b, 163840, 327680",
        // GQA: 2 × 8 × 128 × 32 = 65,536
        "llama-3.1-8b, 65536, 131072",
        // GQA: 2 × 8 × (4096 / 32 = 128) × 32 = 65,536
        "mixtral-8x7b, 65536, 131072",
        // MHA with defaults: 2 × 6 heads × (48 / 6 = 8) × 3 layers = 288
        "fixture/mha-llama-defaults, 288, 576",
        // MLA without q_lora_rank: (512 + 64) × 27 = 15,552
        "fixture/deepseek-v2-lite, 15552, 31104"
    })
    void should_match_the_hand_derivation(String model, long elements, long bf16Bytes) throws Exception {
        Architecture architecture = FixtureContext.architecture(model);

        assertThat(KvCache.elementsPerToken(architecture).value()).isEqualTo(elements);
        assertThat(KvCache.bytesPerToken(architecture, BF16).value()).isEqualTo(bf16Bytes);
    }

    @Test
    void should_halve_the_bytes_in_fp8_and_double_them_in_fp32() throws Exception {
        Architecture v3 = FixtureContext.architecture("deepseek-v3");

        assertThat(KvCache.bytesPerToken(v3, KvPrecision.of(StorageFormat.FP8)).value()).isEqualTo(35_136L);
        assertThat(KvCache.bytesPerToken(v3, KvPrecision.of(StorageFormat.FP32)).value()).isEqualTo(140_544L);
        assertThat(KvCache.bytesPerToken(v3, KvPrecision.of(StorageFormat.FP16)).value()).isEqualTo(70_272L);
    }

    @Test
    void should_size_one_128k_sequence_of_deepseek_v3() throws Exception {
        // FACTS item 18: 70,272 B × 131,072 tokens = 9,210,691,584 B ≈ 8.6 GiB
        long bytes = KvCache.bytesPerSequence(FixtureContext.architecture("deepseek-v3"), BF16, 131_072).value();

        assertThat(bytes).isEqualTo(9_210_691_584L);
        assertThat(bytes / Unit.GIB.factorToBase()).isCloseTo(8.58, within(0.005));
    }

    @Test
    void should_cap_the_cache_at_the_sliding_window() throws Exception {
        // Mistral 7B: 65,536 elements × 2 B = 131,072 B per token, at most 4,096 cached tokens
        Architecture mistral = FixtureContext.architecture("fixture/mistral-window");

        assertThat(KvCache.bytesPerSequence(mistral, BF16, 32_768).value())
                .isEqualTo(131_072L * 4_096);
        assertThat(KvCache.bytesPerSequence(mistral, BF16, 1_000).value()).isEqualTo(131_072L * 1_000);
    }

    @Test
    void should_compare_mla_with_an_mha_cache_of_the_same_heads() throws Exception {
        // FACTS D7: MHA-equivalent for V3 heads 61 × 128 × (192 + 128) = 2,498,560 elements; MLA is 1.4 % of it
        long mla = KvCache.elementsPerToken(FixtureContext.architecture("deepseek-v3")).value();

        assertThat(mla / 2_498_560.0).isCloseTo(0.014, within(0.0005));
    }

    @Test
    void should_say_what_mla_caches_in_the_steps() throws Exception {
        ExactCount elements = KvCache.elementsPerToken(FixtureContext.architecture("deepseek-v3"));

        assertThat(elements.steps()).containsExactly(
                "multi-head latent attention (128 heads, kv_lora_rank 512, rope dim 64, q_lora_rank 1536), per "
                        + "layer: latent c^KV 512 (kv_lora_rank) + decoupled RoPE key 64 (qk_rope_head_dim) = 576 "
                        + "elements, shared by all 128 heads",
                "576 elements × 61 layers = 35,136 elements per token");
        assertThat(elements.inputs()).extracting(input -> input.source().cite()).contains(
                "claims/library/models/deepseek-v3/config.json, kv_lora_rank",
                "claims/library/models/deepseek-v3/config.json, num_hidden_layers");
    }

    @Test
    void should_refuse_an_empty_context() throws Exception {
        Architecture v3 = FixtureContext.architecture("deepseek-v3");

        assertThatThrownBy(() -> KvCache.bytesPerSequence(v3, BF16, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("contextTokens must be >= 1, got 0");
    }
}
