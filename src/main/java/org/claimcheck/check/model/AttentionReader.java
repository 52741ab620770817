package org.claimcheck.check.model;

import org.claimcheck.unit.Unit;

/**
 * Reads the attention block of a config: grouped-query attention (Llama, Mistral, Mixtral, Qwen, Gemma 2, gpt-oss)
 * or multi-head latent attention (DeepSeek-V2 and -V3), with the defaults of the family's config class. Problems go
 * to the {@link ConfigJson}; after one, the block returned holds stand-ins and is never used.
 */
final class AttentionReader {

    private AttentionReader() {
    }

    /**
     * {@code num_attention_heads} query heads of {@code head_dim} channels (default {@code hidden_size /
     * num_attention_heads}, which must then divide evenly) sharing {@code num_key_value_heads} key/value heads, which
     * must divide the query heads: the modelling code repeats each KV head {@code heads / kv_heads} times.
     */
    static Attention groupedQueryAttention(ConfigJson config, FamilyRules rules, long hidden) {
        long heads = config.count("num_attention_heads", 1, Unit.HEADS);
        long statedKvHeads = config.countOr("num_key_value_heads", 1, Unit.HEADS, heads,
                "Hugging Face default: num_attention_heads");
        long kvHeads = config.rule(heads % statedKvHeads == 0, "num_key_value_heads",
                "a divisor of num_attention_heads (" + heads + ")", Long.toString(statedKvHeads),
                "num_attention_heads") ? statedKvHeads : heads;
        long headDim = headDim(config, rules, hidden, heads);
        boolean bias = !rules.attentionBias().isEmpty()
                && config.flag("attention_bias", rules.attentionBiasDefault(), rules.attentionBias());
        return new GroupedQueryAttention(hidden, heads, kvHeads, headDim, bias || rules.qkvBias(), bias,
                rules.queryKeyNorm(), rules.attentionSinks());
    }

    /** {@code head_dim} as stated, else the family's default, else {@code hidden_size / num_attention_heads}. */
    private static long headDim(ConfigJson config, FamilyRules rules, long hidden, long heads) {
        if (rules.headDimDefault() > 0) {
            return config.countOr("head_dim", 1, Unit.CHANNELS, rules.headDimDefault(),
                    "default of this family's config class");
        }
        if (!config.stated("head_dim")) {
            config.rule(hidden % heads == 0, "head_dim", "an integer >= 1 when hidden_size is not a multiple of "
                    + "num_attention_heads", "nothing", "hidden_size", "num_attention_heads");
        }
        return config.countOr("head_dim", 1, Unit.CHANNELS, Math.max(1, hidden / heads),
                "Hugging Face default: hidden_size / num_attention_heads");
    }

    /**
     * DeepSeek's latent attention: {@code kv_lora_rank} and {@code v_head_dim} at least 1, {@code q_lora_rank} 0 or
     * absent for direct query projection, and query/key heads of {@code qk_nope_head_dim + qk_rope_head_dim >= 1}
     * channels.
     */
    static Attention latentAttention(ConfigJson config, FamilyRules rules, long hidden) {
        long heads = config.count("num_attention_heads", 1, Unit.HEADS);
        long queryRank = config.countOr("q_lora_rank", 0, Unit.CHANNELS, 0,
                "no query compression: queries projected directly by q_proj");
        long latentRank = config.count("kv_lora_rank", 1, Unit.CHANNELS);
        long noRope = config.count("qk_nope_head_dim", 0, Unit.CHANNELS);
        long rope = config.count("qk_rope_head_dim", 0, Unit.CHANNELS);
        long value = config.count("v_head_dim", 1, Unit.CHANNELS);
        boolean bias = !rules.attentionBias().isEmpty()
                && config.flag("attention_bias", false, rules.attentionBias());
        boolean scored = config.rule(noRope > 0 || rope > 0, "qk_nope_head_dim", "a positive sum with "
                + "qk_rope_head_dim", "0 and 0", "qk_rope_head_dim");
        return new LatentAttention(hidden, heads, queryRank, latentRank, scored ? noRope : 1, rope, value, bias);
    }
}
