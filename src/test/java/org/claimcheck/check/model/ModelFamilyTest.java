package org.claimcheck.check.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimcheck.check.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelFamilyTest {

    // Hugging Face transformers' config classes and modelling code: LlamaConfig has attention_bias and mlp_bias,
    // MistralConfig and MixtralConfig have sliding_window and no biases, Mixtral adds num_local_experts;
    // DeepseekV2Config defaults topk_method "greedy" and has no n_group default, DeepseekV3Config defaults
    // topk_method "noaux_tc", n_group 8, topk_group 4 and has num_nextn_predict_layers. Qwen2Config and
    // Qwen2MoeConfig slide only with use_sliding_window, from max_window_layers on; Qwen3(Moe)Config adds
    // attention_bias; Gemma2Config and GptOssConfig alternate sliding and full layers (layer_types).
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "llama       | false | true  | true  | NONE              | false | NONE                   | ''       | 0 | 0",
        "mistral     | false | false | false | NONE              | false | EVERY_LAYER            | ''       | 0 | 0",
        "mixtral     | false | false | false | LOCAL             | false | EVERY_LAYER            | ''       | 0 | 0",
        "deepseek_v2 | true  | true  | false | ROUTED_AND_SHARED | false | NONE                   | greedy   | 0 | 0",
        "deepseek_v3 | true  | true  | false | ROUTED_AND_SHARED | true  | NONE                   | noaux_tc | 8 | 4",
        "qwen2       | false | false | false | NONE              | false | FROM_MAX_WINDOW_LAYERS | ''       | 0 | 0",
        "qwen2_moe   | false | false | false | QWEN_SHARED       | false | FROM_MAX_WINDOW_LAYERS | ''       | 0 | 0",
        "qwen3       | false | true  | false | NONE              | false | FROM_MAX_WINDOW_LAYERS | ''       | 0 | 0",
        "qwen3_moe   | false | true  | false | QWEN              | false | FROM_MAX_WINDOW_LAYERS | ''       | 0 | 0",
        "gemma2      | false | true  | false | NONE              | false | ALTERNATE              | ''       | 0 | 0",
        "gpt_oss     | false | true  | false | LOCAL_WITH_BIASES | false | ALTERNATE              | ''       | 0 | 0"})
    void should_follow_the_config_class_of_each_family(String modelType, boolean latent, boolean attentionBias,
                                                       boolean mlpBias, FamilyRules.Experts experts, boolean mtp,
                                                       FamilyRules.Window window, String topkMethod, long groups,
                                                       long topkGroups) {
        FamilyRules rules = Named.byId(ModelFamily.class, modelType).orElseThrow().rules();

        assertThat(rules.latentAttention()).isEqualTo(latent);
        assertThat(rules.attentionBias().isEmpty()).isEqualTo(!attentionBias);
        assertThat(rules.mlpBias().isEmpty()).isEqualTo(!mlpBias);
        assertThat(rules.experts()).isEqualTo(experts);
        assertThat(rules.mtpLayers()).isEqualTo(mtp);
        assertThat(rules.window()).isEqualTo(window);
        assertThat(rules.topkMethod()).isEqualTo(topkMethod);
        assertThat(rules.groups()).isEqualTo(groups);
        assertThat(rules.topkGroups()).isEqualTo(topkGroups);
    }

    // Qwen2Attention: q, k, v with bias=True, o without; Qwen3Attention: q_norm and k_norm of head_dim, head_dim
    // default 128; Gemma2DecoderLayer: input, post-attention, pre- and post-feedforward RMSNorms, head_dim default
    // 256, tie_word_embeddings default True; GptOssAttention: sinks of num_attention_heads, head_dim default 64,
    // sliding_window default 128, attention_bias default True; gpt-oss model card section 2.1: MoE weights MXFP4.
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "llama     | false | false | false | 0   | 2 | false | false | false | 0",
        "qwen2     | true  | false | false | 0   | 2 | false | false | false | 4096",
        "qwen3     | false | true  | false | 128 | 2 | false | false | false | 4096",
        "gemma2    | false | false | false | 256 | 4 | true  | false | false | 4096",
        "gpt_oss   | false | false | true  | 64  | 2 | false | true  | true  | 128"})
    void should_build_the_layers_of_each_family(String modelType, boolean qkvBias, boolean queryKeyNorm,
                                                boolean sinks, long headDim, long norms, boolean tied,
                                                boolean biasDefault, boolean mxfp4, long window) {
        FamilyRules rules = Named.byId(ModelFamily.class, modelType).orElseThrow().rules();

        assertThat(rules.qkvBias()).isEqualTo(qkvBias);
        assertThat(rules.queryKeyNorm()).isEqualTo(queryKeyNorm);
        assertThat(rules.attentionSinks()).isEqualTo(sinks);
        assertThat(rules.headDimDefault()).isEqualTo(headDim);
        assertThat(rules.normsPerLayer()).isEqualTo(norms);
        assertThat(rules.tiedByDefault()).isEqualTo(tied);
        assertThat(rules.attentionBiasDefault()).isEqualTo(biasDefault);
        assertThat(rules.expertsInMxfp4()).isEqualTo(mxfp4);
        assertThat(rules.windowDefault()).isEqualTo(window);
    }
}
