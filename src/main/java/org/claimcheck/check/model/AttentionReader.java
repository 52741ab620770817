package org.claimcheck.check.model;

import org.claimcheck.check.CheckException;
import org.claimcheck.unit.Unit;

/**
 * Reads the attention block of a config: grouped-query attention (Llama, Mistral, Mixtral) or multi-head latent
 * attention (DeepSeek-V2 and -V3), with the defaults of the family's config class.
 */
final class AttentionReader {

    private AttentionReader() {
    }

    static Attention groupedQueryAttention(ConfigJson config, ModelFamily family, long hidden)
            throws CheckException {
        long heads = config.count("num_attention_heads", 1, Unit.HEADS);
        long kvHeads = config.countOr("num_key_value_heads", 1, Unit.HEADS, heads,
                "Hugging Face default: num_attention_heads");
        if (heads % kvHeads != 0) {
            throw config.problem("num_key_value_heads", "a divisor of num_attention_heads (" + heads + ")",
                    Long.toString(kvHeads));
        }
        if (hidden % heads != 0 && config.absentOrZero("head_dim")) {
            throw config.problem("head_dim", "an integer >= 1 when hidden_size is not a multiple of "
                    + "num_attention_heads", "nothing");
        }
        long headDim = config.countOr("head_dim", 1, Unit.CHANNELS, hidden / heads,
                "Hugging Face default: hidden_size / num_attention_heads");
        boolean bias = family.honoursAttentionBias()
                && config.flag("attention_bias", false, "default false in LlamaConfig");
        return new GroupedQueryAttention(hidden, heads, kvHeads, headDim, bias);
    }

    static Attention latentAttention(ConfigJson config, long hidden) throws CheckException {
        long heads = config.count("num_attention_heads", 1, Unit.HEADS);
        long queryRank = config.countOr("q_lora_rank", 0, Unit.CHANNELS, 0,
                "no query compression: queries projected directly by q_proj");
        long latentRank = config.count("kv_lora_rank", 1, Unit.CHANNELS);
        long noRope = config.count("qk_nope_head_dim", 0, Unit.CHANNELS);
        long rope = config.count("qk_rope_head_dim", 0, Unit.CHANNELS);
        long value = config.count("v_head_dim", 1, Unit.CHANNELS);
        boolean bias = config.flag("attention_bias", false, "default false in the DeepSeek config classes");
        if (noRope + rope == 0) {
            throw config.problem("qk_nope_head_dim", "a positive sum with qk_rope_head_dim", "0 and 0");
        }
        return new LatentAttention(hidden, heads, queryRank, latentRank, noRope, rope, value, bias);
    }
}
