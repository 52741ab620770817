package org.claimcheck.check.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimcheck.check.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelFamilyTest {

    // Hugging Face transformers' config classes and modelling code: LlamaConfig has attention_bias and mlp_bias,
    // MistralConfig and MixtralConfig have sliding_window and no biases, Mixtral adds num_local_experts;
    // DeepseekV2Config defaults topk_method "greedy" and has no n_group default, DeepseekV3Config defaults
    // topk_method "noaux_tc", n_group 8, topk_group 4 and has num_nextn_predict_layers.
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "llama       | false | true  | true  | NONE              | false | false | ''       | 0 | 0",
        "mistral     | false | false | false | NONE              | false | true  | ''       | 0 | 0",
        "mixtral     | false | false | false | LOCAL             | false | true  | ''       | 0 | 0",
        "deepseek_v2 | true  | true  | false | ROUTED_AND_SHARED | false | false | greedy   | 0 | 0",
        "deepseek_v3 | true  | true  | false | ROUTED_AND_SHARED | true  | false | noaux_tc | 8 | 4"})
    void should_follow_the_config_class_of_each_family(String modelType, boolean latent, boolean attentionBias,
                                                       boolean mlpBias, FamilyRules.Experts experts, boolean mtp,
                                                       boolean window, String topkMethod, long groups,
                                                       long topkGroups) {
        FamilyRules rules = Named.byId(ModelFamily.class, modelType).orElseThrow().rules();

        assertThat(rules.latentAttention()).isEqualTo(latent);
        assertThat(rules.attentionBias().isEmpty()).isEqualTo(!attentionBias);
        assertThat(rules.mlpBias().isEmpty()).isEqualTo(!mlpBias);
        assertThat(rules.experts()).isEqualTo(experts);
        assertThat(rules.mtpLayers()).isEqualTo(mtp);
        assertThat(rules.slidingWindow()).isEqualTo(window);
        assertThat(rules.topkMethod()).isEqualTo(topkMethod);
        assertThat(rules.groups()).isEqualTo(groups);
        assertThat(rules.topkGroups()).isEqualTo(topkGroups);
    }
}
