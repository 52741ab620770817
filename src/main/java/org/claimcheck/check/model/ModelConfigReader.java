package org.claimcheck.check.model;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import java.util.Locale;
import org.claimcheck.check.CheckException;
import org.claimcheck.claim.Source;
import org.claimcheck.io.InputException;
import org.claimcheck.io.InputLimit;
import org.claimcheck.io.InputReader;
import org.claimcheck.io.InputText;
import org.claimcheck.unit.Unit;

/**
 * Reads a Hugging Face {@code config.json} of a supported {@link ModelFamily} into an {@link Architecture}. Fields
 * the family's config class defaults (key/value heads, head_dim, biases, tied embeddings, DeepSeek's dense-layer
 * settings) may be absent; the architecture's sources then say which default was used. Every problem is a
 * {@link CheckException} of reason INVALID_INPUT whose message starts with the cited path.
 */
public final class ModelConfigReader {

    /** Context length for FLOPs when the config states no pre-training length (issue 3), in tokens. */
    public static final long DEFAULT_CONTEXT_TOKENS = 4096;

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private ModelConfigReader() {
    }

    /**
     * Reads and checks a config file given outside any claims tree (a regular file within the config size limit).
     *
     * @param file      the file to read
     * @param citedPath the path as messages and sources cite it
     * @throws CheckException INVALID_INPUT naming the file (and line and column where it applies) and the field
     */
    public static Architecture read(Path file, String citedPath) throws CheckException {
        try {
            return read(InputReader.unlogged().read(file, citedPath, InputLimit.CONFIG_JSON));
        } catch (InputException e) {
            throw CheckException.invalid(citedPath + ":" + e.line() + ":" + e.column() + ": " + e.getMessage());
        }
    }

    /**
     * Checks a config that was read.
     *
     * @param file the config's text, with its path as messages and sources cite it
     * @throws CheckException INVALID_INPUT naming the file (and line and column for malformed JSON) and the field
     */
    public static Architecture read(InputText file) throws CheckException {
        String citedPath = file.display();
        ConfigJson config = new ConfigJson(parse(file.text(), citedPath), citedPath);
        String supported = "one of " + ModelFamily.supportedList();
        String type = config.text("model_type", supported);
        ModelFamily family = ModelFamily.of(type).orElseThrow(() -> config.problem("model_type", supported,
                "\"" + type + "\""));
        long vocab = config.count("vocab_size", 1, Unit.TOKENS);
        long hidden = config.count("hidden_size", 1, Unit.CHANNELS);
        long layers = config.count("num_hidden_layers", 1, Unit.LAYERS);
        boolean tied = config.flag("tie_word_embeddings", false, "default false in this family's config class");
        Attention attention = family.latentAttention() ? latentAttention(config, hidden)
                : groupedQueryAttention(config, family, hidden);
        MixtureOfExperts experts = experts(config, family);
        long denseWidth = denseIntermediate(config, experts);
        boolean mlpBias = family == ModelFamily.LLAMA
                && config.flag("mlp_bias", false, "default false in LlamaConfig");
        long mtp = family == ModelFamily.DEEPSEEK_V3 ? config.countOr("num_nextn_predict_layers", 0, Unit.LAYERS, 0,
                "no multi-token-prediction module") : 0;
        long window = family == ModelFamily.MISTRAL || family == ModelFamily.MIXTRAL
                ? config.countOr("sliding_window", 1, Unit.TOKENS, 0, "attention sees the whole context") : 0;
        long context = contextTokens(config);
        return new Architecture(citedPath, family, vocab, hidden, layers, tied, attention, denseWidth, mlpBias,
                experts, mtp, context, window, config.fieldsRead());
    }

    private static JsonNode parse(String text, String citedPath) throws CheckException {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonEOFException e) {
            throw CheckException.invalid(at(citedPath, e.getLocation())
                    + "expected a complete JSON object, got the end of the file");
        } catch (StreamReadException e) {
            throw CheckException.invalid(at(citedPath, e.getLocation()) + "expected valid JSON, got "
                    + e.getOriginalMessage().lines().findFirst().orElse("a syntax error"));
        } catch (JsonProcessingException e) {
            throw CheckException.invalid(citedPath + ": expected valid JSON, got " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            String got = root == null || root.isMissingNode() ? "an empty file" : "a JSON " + root.getNodeType()
                    .name().toLowerCase(Locale.ROOT);
            throw CheckException.invalid(citedPath + ": expected a JSON object, got " + got);
        }
        return root;
    }

    private static String at(String citedPath, JsonLocation location) {
        return location == null ? citedPath + ": "
                : String.format(Locale.ROOT, "%s:%d:%d: ", citedPath, location.getLineNr(), location.getColumnNr());
    }

    private static Attention groupedQueryAttention(ConfigJson config, ModelFamily family, long hidden)
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

    private static Attention latentAttention(ConfigJson config, long hidden) throws CheckException {
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

    private static MixtureOfExperts experts(ConfigJson config, ModelFamily family) throws CheckException {
        return switch (family) {
            case LLAMA, MISTRAL -> MixtureOfExperts.none();
            case MIXTRAL -> {
                long routed = config.count("num_local_experts", 1, Unit.EXPERTS);
                long perToken = perToken(config, routed, "num_local_experts");
                yield new MixtureOfExperts(routed, 0, perToken, config.count("intermediate_size", 1,
                        Unit.CHANNELS), 0, 1, false);
            }
            case DEEPSEEK_V2, DEEPSEEK_V3 -> deepSeekExperts(config, family);
        };
    }

    private static MixtureOfExperts deepSeekExperts(ConfigJson config, ModelFamily family) throws CheckException {
        if (config.absentOrZero("n_routed_experts")) {
            config.countOr("n_routed_experts", 0, Unit.EXPERTS, 0, "no experts: every layer is dense");
            return MixtureOfExperts.none();
        }
        long routed = config.count("n_routed_experts", 1, Unit.EXPERTS);
        long shared = config.countOr("n_shared_experts", 0, Unit.EXPERTS, 0, "no shared expert");
        long perToken = perToken(config, routed, "n_routed_experts");
        long width = config.count("moe_intermediate_size", 1, Unit.CHANNELS);
        long firstDense = config.countOr("first_k_dense_replace", 0, Unit.LAYERS, 0, "default 0: no dense layer");
        long frequency = config.countOr("moe_layer_freq", 1, Unit.LAYERS, 1, "default 1: every layer");
        boolean bias = config.optionalText("topk_method").map("noaux_tc"::equals)
                .orElse(family == ModelFamily.DEEPSEEK_V3);
        config.assumed("routing bias e_score_correction_bias (topk_method noaux_tc)", bias ? 1 : 0, Unit.COUNT,
                Source.file(config.citedPath(), config.optionalText("topk_method").isPresent() ? "topk_method"
                        : "topk_method (absent; default of the " + family.modelType() + " config class)"));
        return new MixtureOfExperts(routed, shared, perToken, width, firstDense, frequency, bias);
    }

    private static long perToken(ConfigJson config, long routed, String routedField) throws CheckException {
        long perToken = config.count("num_experts_per_tok", 1, Unit.EXPERTS);
        if (perToken > routed) {
            throw config.problem("num_experts_per_tok", "at most " + routedField + " (" + routed + ")",
                    Long.toString(perToken));
        }
        return perToken;
    }

    private static long denseIntermediate(ConfigJson config, MixtureOfExperts experts) throws CheckException {
        if (experts.present() && experts.firstDenseLayers() == 0 && experts.layerFrequency() == 1) {
            return 0;
        }
        return config.count("intermediate_size", 1, Unit.CHANNELS);
    }

    private static long contextTokens(ConfigJson config) throws CheckException {
        var stated = config.nestedCount("rope_scaling", "original_max_position_embeddings", Unit.TOKENS);
        if (stated.isPresent()) {
            return stated.get();
        }
        return config.assumed("default context", DEFAULT_CONTEXT_TOKENS, Unit.TOKENS, new Source("claimcheck",
                "issue 3: 4096 tokens when the config states no pre-training length"));
    }
}
