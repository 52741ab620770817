package org.claimcheck.check.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LatentAttentionTest {

    @Test
    void should_throw_on_overflow_instead_of_wrapping_when_head_dims_add_up_past_64_bits() {
        // qk_nope_head_dim and qk_rope_head_dim of 2^63 - 1 each sum to 2^64 - 2, which wraps to -2 in a long: a
        // negative query width that a wrapping sum would turn into a negative parameter count
        LatentAttention attention = new LatentAttention(1, 1, 0, 1, Long.MAX_VALUE, Long.MAX_VALUE, 1, false);

        assertThatThrownBy(attention::paramsPerLayer).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(attention::matmulWeightsPerLayer).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(attention::scoreDimsPerHead).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void should_cache_the_latent_and_the_rope_key() {
        // DeepSeek-V3, R §2.1.1 p.8: d_c 512 + d_h^R 64 = 576 elements per token and layer
        LatentAttention v3 = new LatentAttention(7168, 128, 1536, 512, 128, 64, 128, false);

        assertThat(v3.kvElementsPerTokenPerLayer()).isEqualTo(576);
    }
}
