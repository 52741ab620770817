package org.claimcheck.check.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimcheck.check.StorageFormat;
import org.claimcheck.claim.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One small config per family of issue 17, counted by hand from the family's modelling code (Hugging Face
 * transformers: Qwen2Attention, Qwen2MoeSparseMoeBlock, Qwen3Attention, Gemma2DecoderLayer, GptOssAttention,
 * GptOssExperts); each working is in the comment above its row.
 */
class FamilyCountsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // qwen2-tiny: d 16, 4 heads of 4, 2 KV heads, width 40, 2 layers, vocab 100, tied.
        // attention q 16×16 + k 16×8 + v 16×8 + o 16×16 = 768, biases on q, k, v 16 + 8 + 8 = 32 → 800;
        // MLP 3×16×40 = 1,920; 2 norms 32 → layer 2,752; 2 layers 5,504 + embedding 1,600 + final norm 16 = 7,120;
        // active = 5,504 + 16 + the tied table 1,600 = 7,120; non-embedding 7,120 − 1,600 = 5,520
        "fixture/qwen2-tiny     | 7120  | 7120  | 7120  | 5520",
        // qwen2-moe-tiny: d 16, 4 heads of 4 (MHA), 4 layers; experts where (i + 1) % 2 == 0 unless in [3]: layer 1.
        // attention 4 × 256 + biases 48 = 1,072; norms 32; dense MLP 3×16×24 = 1,152 → dense layer 2,256;
        // MoE: 4 experts × 3×16×8 (384) = 1,536 + router 4×16 = 64 + shared 3×16×12 = 576 + shared gate 16 = 2,192
        // → MoE layer 3,296; layers 3 × 2,256 + 3,296 = 10,064; + embedding 1,600 + head 1,600 + norm 16 = 13,280.
        // active MoE layer 1,072 + 32 + 2 × 384 + 64 + 576 + 16 = 2,528; active 6,768 + 2,528 + 16 + 1,600 = 10,912
        "fixture/qwen2-moe-tiny | 13280 | 10912 | 12512 | 10080",
        // qwen3-tiny: d 16, 2 heads of head_dim 12, 1 KV head, width 32, 2 layers, untied.
        // attention q 16×24 + k 16×12 + v 16×12 + o 24×16 = 1,152 + q_norm 12 + k_norm 12 = 1,176; norms 32;
        // MLP 3×16×32 = 1,536 → 2,744; 2 layers 5,488 + embedding 1,600 + head 1,600 + 16 = 8,704;
        // active 5,488 + 16 + 1,600 = 7,104
        "fixture/qwen3-tiny     | 8704  | 7104  | 8704  | 5504",
        // qwen3-moe-tiny: d 16, 2 heads of 8, 2 KV heads, 2 layers, layer 0 dense (mlp_only_layers), layer 1 MoE.
        // attention 4 × 256 + q/k norms 16 = 1,040; norms 32; dense 3×16×20 = 960 → 2,032; MoE 4 × 384 + router 64
        // = 1,600 → 2,672; layers 4,704 + 1,600 + 1,600 + 16 = 7,920; active 2,032 + (1,072 + 384 + 64) + 16
        // + 1,600 = 5,168
        "fixture/qwen3-moe-tiny | 7920  | 5168  | 6768  | 4720",
        // gemma2-tiny: d 16, 2 heads of head_dim 12, 1 KV head, width 24, 3 layers, tied by default.
        // attention 384 + 192 + 192 + 384 = 1,152; four norms 64; MLP 3×16×24 = 1,152 → 2,368; 3 layers 7,104
        // + embedding 1,600 + final norm 16 = 8,720; active the same (the tied table is the head)
        "fixture/gemma2-tiny    | 8720  | 8720  | 8720  | 7120",
        // gpt-oss-tiny: d 16, 4 heads of 4, 2 KV heads, expert width 8, 4 experts, 2 active, 2 layers, untied.
        // attention 768 + biases q 16 + k 8 + v 8 + o 16 = 816 + sinks 4 = 820; norms 32; one expert gate_up 16×16 +
        // bias 16 + down 8×16 + bias 16 = 416; 4 experts 1,664 + router 64 + router bias 4 = 1,732 → 2,584;
        // 2 layers 5,168 + 1,600 + 1,600 + 16 = 8,384; active layer 820 + 32 + 2 × 416 + 68 = 1,752;
        // active 3,504 + 16 + 1,600 = 5,120
        "fixture/gpt-oss-tiny   | 8384  | 5120  | 6720  | 5184"})
    void should_count_a_small_config_of_each_family_by_hand(String model, long total, long active,
                                                            long activeWithEmbedding, long nonEmbedding)
            throws Exception {
        Architecture architecture = FixtureContext.architecture(model);

        assertThat(ParameterCount.total(architecture).value()).isEqualTo(total);
        assertThat(ParameterCount.active(architecture).value()).isEqualTo(active);
        assertThat(ParameterCount.activeWithEmbedding(architecture).value()).isEqualTo(activeWithEmbedding);
        assertThat(ParameterCount.nonEmbedding(architecture).value()).isEqualTo(nonEmbedding);
    }

    @Test
    void should_place_qwen_experts_by_sparse_step_and_mlp_only_layers() throws Exception {
        // layers 0..3 with (i + 1) % 2 == 0: 1 and 3; mlp_only_layers [3] keeps 3 dense: one MoE layer
        Architecture model = FixtureContext.architecture("fixture/qwen2-moe-tiny");

        assertThat(model.moeLayers()).isEqualTo(1);
        assertThat(model.experts().isMoeLayer(1)).isTrue();
        assertThat(model.experts().isMoeLayer(3)).isFalse();
    }

    @Test
    void should_keep_at_most_the_window_on_gemma_sliding_layers() throws Exception {
        // 3 layers, even ones sliding by default (0 and 2): 1 full layer. Per layer and token 2 × 1 × 12 = 24
        // elements. At 32 tokens: 1 × 32 + 2 × min(32, 8) = 48 layer-tokens × 24 × 2 bytes = 2,304 bytes; at 4
        // tokens no window binds: 3 × 4 × 24 × 2 = 576 bytes
        Architecture gemma = FixtureContext.architecture("fixture/gemma2-tiny");
        KvPrecision bf16 = KvPrecision.of(StorageFormat.BF16);

        assertThat(gemma.slidingLayers()).isEqualTo(2);
        assertThat(KvCache.bytesPerSequence(gemma, bf16, 32).value()).isEqualTo(2_304L);
        assertThat(KvCache.bytesPerSequence(gemma, bf16, 4).value()).isEqualTo(576L);
    }

    @Test
    void should_read_which_layers_slide_from_layer_types() throws Exception {
        // layer_types [sliding, full]: 1 sliding layer of 8 tokens. Per layer 2 × 2 × 4 = 16 elements; at 100
        // tokens 100 + 8 = 108 layer-tokens × 16 = 1,728 elements, at 6 bits 1,728 × 6 / 8 = 1,296 bytes
        Architecture oss = FixtureContext.architecture("fixture/gpt-oss-tiny");

        assertThat(oss.slidingLayers()).isEqualTo(1);
        assertThat(KvCache.bytesPerSequence(oss, KvPrecision.ofBits(6, new Source("claim", "with.precision")), 100)
                .value()).isEqualTo(1_296L);
    }

    @Test
    void should_store_gpt_oss_experts_in_mxfp4() throws Exception {
        // per expert: gate_up 16 rows × (16 × 4 bits + 1 block × 8 bits) = 1,152 bits; down 16 rows × (8 × 4 + 8)
        // = 640 bits → 1,792 bits; 4 experts × 2 layers = 14,336 bits for 8 × 384 = 3,072 elements; the other
        // 8,384 − 3,072 = 5,312 parameters in BF16 (no torch_dtype) = 84,992 bits; 99,328 bits = 12,416 bytes
        Architecture oss = FixtureContext.architecture("fixture/gpt-oss-tiny");

        assertThat(WeightStorage.of(oss).value()).isEqualTo(12_416L);
    }
}
