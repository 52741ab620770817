package org.claimcheck.check.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The second, independent method of the parameter tests: the list of every weight tensor, named and shaped as the
 * Hugging Face checkpoints of each family name them ({@code model.layers.3.mlp.experts.17.up_proj.weight
 * [2048, 7168]}), built from the raw JSON without the production reader. Sums of shapes are compared with the
 * closed forms of {@link ParameterCount}.
 */
final class TensorInventory {

    /** What a tensor is for, to select the active ones. */
    enum Role {
        EMBEDDING, HEAD, ROUTED_EXPERT, MATRIX, VECTOR
    }

    /** One tensor; {@code expert} is the routed expert's index, -1 otherwise. */
    record Tensor(String name, long[] shape, Role role, int expert) {
        long elements() {
            long product = 1;
            for (long dim : shape) {
                product = Math.multiplyExact(product, dim);
            }
            return product;
        }
    }

    private final JsonNode config;
    private final List<Tensor> main = new ArrayList<>();
    private final List<Tensor> mtp = new ArrayList<>();

    private TensorInventory(JsonNode config) {
        this.config = config;
    }

    static TensorInventory of(Path file) throws IOException {
        TensorInventory inventory = new TensorInventory(new ObjectMapper().readTree(file.toFile()));
        inventory.build();
        return inventory;
    }

    List<Tensor> main() {
        return main;
    }

    List<Tensor> mtp() {
        return mtp;
    }

    long total() {
        return main.stream().mapToLong(Tensor::elements).sum();
    }

    /** Tensors one token uses: all but the input embedding (unless tied) and the routed experts past top-k. */
    long active(boolean withEmbedding) {
        boolean tied = tied();
        return main.stream()
                .filter(t -> t.role() != Role.EMBEDDING || tied || withEmbedding)
                .filter(t -> t.role() != Role.ROUTED_EXPERT || t.expert() < integer("num_experts_per_tok"))
                .mapToLong(Tensor::elements).sum();
    }

    /** Matrix weights one token multiplies: 2-D tensors that are active, the head (or tied table) included. */
    long activeMatmul() {
        boolean tied = tied();
        return main.stream()
                .filter(t -> t.shape().length == 2)
                .filter(t -> t.role() != Role.EMBEDDING || tied)
                .filter(t -> t.role() != Role.ROUTED_EXPERT || t.expert() < integer("num_experts_per_tok"))
                .mapToLong(Tensor::elements).sum();
    }

    private void build() {
        long vocab = integer("vocab_size");
        long d = integer("hidden_size");
        main.add(new Tensor("model.embed_tokens.weight", new long[] {vocab, d}, Role.EMBEDDING, -1));
        long layers = integer("num_hidden_layers");
        for (long i = 0; i < layers; i++) {
            layer(main, "model.layers." + i + ".", i);
        }
        main.add(vector("model.norm.weight", d));
        if (!tied()) {
            main.add(new Tensor("lm_head.weight", new long[] {vocab, d}, Role.HEAD, -1));
        }
        long modules = config.path("num_nextn_predict_layers").asLong(0);
        for (long k = 0; k < modules; k++) {
            String prefix = "model.layers." + (layers + k) + ".";
            mtp.add(vector(prefix + "enorm.weight", d));
            mtp.add(vector(prefix + "hnorm.weight", d));
            mtp.add(matrix(prefix + "eh_proj.weight", d, 2 * d));
            layer(mtp, prefix, layers + k);
            mtp.add(vector(prefix + "shared_head.norm.weight", d));
        }
    }

    private void layer(List<Tensor> out, String prefix, long index) {
        long d = integer("hidden_size");
        out.add(vector(prefix + "input_layernorm.weight", d));
        out.add(vector(prefix + "post_attention_layernorm.weight", d));
        if (type().equals("gemma2")) {
            out.add(vector(prefix + "pre_feedforward_layernorm.weight", d));
            out.add(vector(prefix + "post_feedforward_layernorm.weight", d));
        }
        if (type().startsWith("deepseek")) {
            latentAttention(out, prefix + "self_attn.");
        } else {
            attention(out, prefix + "self_attn.");
        }
        if (type().equals("gpt_oss")) {
            gptOssExperts(out, prefix + "mlp.");
        } else if (isQwenMoe(index)) {
            qwenMoe(out, prefix + "mlp.");
        } else if (type().equals("mixtral")) {
            experts(out, prefix + "block_sparse_moe.", integer("num_local_experts"), integer("intermediate_size"),
                    "w1", "w3", "w2");
            out.add(matrix(prefix + "block_sparse_moe.gate.weight", integer("num_local_experts"), d));
        } else if (isDeepSeekMoe(index)) {
            deepSeekMoe(out, prefix + "mlp.");
        } else {
            mlp(out, prefix + "mlp.", integer("intermediate_size"));
        }
    }

    private boolean isDeepSeekMoe(long index) {
        JsonNode routed = config.get("n_routed_experts");
        return type().startsWith("deepseek") && routed != null && !routed.isNull()
                && index >= config.path("first_k_dense_replace").asLong(0)
                && index % config.path("moe_layer_freq").asLong(1) == 0;
    }

    /** Qwen2-MoE and Qwen3-MoE put experts in layer i when (i + 1) % decoder_sparse_step == 0, unless listed. */
    private boolean isQwenMoe(long index) {
        if (!type().equals("qwen2_moe") && !type().equals("qwen3_moe")) {
            return false;
        }
        for (JsonNode listed : config.path("mlp_only_layers")) {
            if (listed.asLong() == index) {
                return false;
            }
        }
        return (index + 1) % config.path("decoder_sparse_step").asLong(1) == 0;
    }

    private void attention(List<Tensor> out, String prefix) {
        long d = integer("hidden_size");
        long heads = integer("num_attention_heads");
        long kv = config.has("num_key_value_heads") ? integer("num_key_value_heads") : heads;
        long hd = config.has("head_dim") ? integer("head_dim") : defaultHeadDim(d / heads);
        boolean optional = List.of("llama", "qwen3", "qwen3_moe", "gemma2").contains(type()) && bool("attention_bias")
                || type().equals("gpt_oss") && config.path("attention_bias").asBoolean(true);
        boolean qkv = optional || type().startsWith("qwen2");
        projection(out, prefix + "q_proj", heads * hd, d, qkv);
        projection(out, prefix + "k_proj", kv * hd, d, qkv);
        projection(out, prefix + "v_proj", kv * hd, d, qkv);
        projection(out, prefix + "o_proj", d, heads * hd, optional);
        if (type().startsWith("qwen3")) {
            out.add(vector(prefix + "q_norm.weight", hd));
            out.add(vector(prefix + "k_norm.weight", hd));
        }
        if (type().equals("gpt_oss")) {
            out.add(vector(prefix + "sinks", heads));
        }
    }

    /** head_dim when the config omits it: Qwen3's 128, Gemma 2's 256, gpt-oss's 64, else hidden / heads. */
    private long defaultHeadDim(long quotient) {
        return switch (type()) {
            case "qwen3", "qwen3_moe" -> 128;
            case "gemma2" -> 256;
            case "gpt_oss" -> 64;
            default -> quotient;
        };
    }

    /** Qwen2MoeSparseMoeBlock: gate, experts, and (Qwen2 only) shared_expert with its shared_expert_gate. */
    private void qwenMoe(List<Tensor> out, String prefix) {
        long d = integer("hidden_size");
        long routed = integer("num_experts");
        out.add(matrix(prefix + "gate.weight", routed, d));
        experts(out, prefix, routed, integer("moe_intermediate_size"), "gate_proj", "up_proj", "down_proj");
        if (type().equals("qwen2_moe")) {
            mlp(out, prefix + "shared_expert.", integer("shared_expert_intermediate_size"));
            out.add(matrix(prefix + "shared_expert_gate.weight", 1, d));
        }
    }

    /**
     * GptOssMLP: router with bias, and the experts' fused gate_up_proj [E, d, 2w] and down_proj [E, w, d] with their
     * biases, listed here expert by expert.
     */
    private void gptOssExperts(List<Tensor> out, String prefix) {
        long d = integer("hidden_size");
        long routed = integer("num_local_experts");
        long w = integer("intermediate_size");
        out.add(matrix(prefix + "router.weight", routed, d));
        out.add(vector(prefix + "router.bias", routed));
        for (int j = 0; j < routed; j++) {
            String expert = prefix + "experts." + j + ".";
            out.add(new Tensor(expert + "gate_up_proj", new long[] {d, 2 * w}, Role.ROUTED_EXPERT, j));
            out.add(new Tensor(expert + "gate_up_proj_bias", new long[] {2 * w}, Role.ROUTED_EXPERT, j));
            out.add(new Tensor(expert + "down_proj", new long[] {w, d}, Role.ROUTED_EXPERT, j));
            out.add(new Tensor(expert + "down_proj_bias", new long[] {d}, Role.ROUTED_EXPERT, j));
        }
    }

    private void latentAttention(List<Tensor> out, String prefix) {
        long d = integer("hidden_size");
        long heads = integer("num_attention_heads");
        long nope = integer("qk_nope_head_dim");
        long rope = integer("qk_rope_head_dim");
        long kvRank = integer("kv_lora_rank");
        boolean bias = bool("attention_bias");
        JsonNode qRank = config.get("q_lora_rank");
        if (qRank == null || qRank.isNull() || qRank.asLong() == 0) {
            projection(out, prefix + "q_proj", heads * (nope + rope), d, false);
        } else {
            projection(out, prefix + "q_a_proj", qRank.asLong(), d, bias);
            out.add(vector(prefix + "q_a_layernorm.weight", qRank.asLong()));
            projection(out, prefix + "q_b_proj", heads * (nope + rope), qRank.asLong(), false);
        }
        projection(out, prefix + "kv_a_proj_with_mqa", kvRank + rope, d, bias);
        out.add(vector(prefix + "kv_a_layernorm.weight", kvRank));
        projection(out, prefix + "kv_b_proj", heads * (nope + integer("v_head_dim")), kvRank, false);
        projection(out, prefix + "o_proj", d, heads * integer("v_head_dim"), bias);
    }

    private void deepSeekMoe(List<Tensor> out, String prefix) {
        long d = integer("hidden_size");
        long routed = integer("n_routed_experts");
        long width = integer("moe_intermediate_size");
        out.add(matrix(prefix + "gate.weight", routed, d));
        String method = config.path("topk_method").asText(type().equals("deepseek_v3") ? "noaux_tc" : "greedy");
        if (method.equals("noaux_tc")) {
            out.add(vector(prefix + "gate.e_score_correction_bias", routed));
        }
        experts(out, prefix, routed, width, "gate_proj", "up_proj", "down_proj");
        long shared = config.path("n_shared_experts").asLong(0);
        if (shared > 0) {
            mlp(out, prefix + "shared_experts.", width * shared);
        }
    }

    private void experts(List<Tensor> out, String prefix, long count, long width, String gate, String up,
                         String down) {
        long d = integer("hidden_size");
        for (int j = 0; j < count; j++) {
            String expert = prefix + "experts." + j + ".";
            out.add(new Tensor(expert + gate + ".weight", new long[] {width, d}, Role.ROUTED_EXPERT, j));
            out.add(new Tensor(expert + up + ".weight", new long[] {width, d}, Role.ROUTED_EXPERT, j));
            out.add(new Tensor(expert + down + ".weight", new long[] {d, width}, Role.ROUTED_EXPERT, j));
        }
    }

    private void mlp(List<Tensor> out, String prefix, long width) {
        long d = integer("hidden_size");
        boolean bias = type().equals("llama") && bool("mlp_bias");
        projection(out, prefix + "gate_proj", width, d, bias);
        projection(out, prefix + "up_proj", width, d, bias);
        projection(out, prefix + "down_proj", d, width, bias);
    }

    private void projection(List<Tensor> out, String name, long rows, long columns, boolean bias) {
        out.add(matrix(name + ".weight", rows, columns));
        if (bias) {
            out.add(vector(name + ".bias", rows));
        }
    }

    private static Tensor matrix(String name, long rows, long columns) {
        return new Tensor(name, new long[] {rows, columns}, Role.MATRIX, -1);
    }

    private static Tensor vector(String name, long length) {
        return new Tensor(name, new long[] {length}, Role.VECTOR, -1);
    }

    /** tie_word_embeddings, defaulting as the family's config class does (Gemma2Config: true). */
    private boolean tied() {
        return config.path("tie_word_embeddings").asBoolean(type().equals("gemma2"));
    }

    private String type() {
        return config.path("model_type").asText();
    }

    private long integer(String field) {
        return config.get(field).asLong();
    }

    private boolean bool(String field) {
        return config.path(field).asBoolean(false);
    }
}
