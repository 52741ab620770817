package org.claimcheck.check.model;

import java.util.function.Function;

/** Which parameters a count covers; each is one check kind and one field of the {@code model} command's JSON. */
enum ParamScope {
    TOTAL("model.total-params", "total_params",
            "every weight tensor of the main model (MTP module apart), in parameters", ParameterCount::total),
    ACTIVE("model.active-params", "active_params",
            "weights one token's forward pass uses, input embedding left out, output head in, in parameters",
            ParameterCount::active),
    ACTIVE_WITH_EMBEDDING("model.active-params-with-embedding", "active_params_with_embedding",
            "active parameters plus the input embedding table, in parameters", ParameterCount::activeWithEmbedding),
    NON_EMBEDDING("model.non-embedding-params", "non_embedding_params",
            "every weight tensor of the main model but the embedding table and an untied output head, in parameters",
            ParameterCount::nonEmbedding),
    MTP("model.mtp-params", "mtp_params",
            "parameters of the multi-token-prediction modules, apart from the main model, in parameters",
            ParameterCount::mtp);

    private final String kind;
    private final String jsonField;
    private final String summary;
    private final Function<Architecture, ExactCount> count;

    ParamScope(String kind, String jsonField, String summary, Function<Architecture, ExactCount> count) {
        this.kind = kind;
        this.jsonField = jsonField;
        this.summary = summary;
        this.count = count;
    }

    public String kind() {
        return kind;
    }

    public String jsonField() {
        return jsonField;
    }

    public String summary() {
        return summary;
    }

    /** The count for a model. @throws ArithmeticException on overflow of {@code long} */
    public ExactCount count(Architecture model) {
        return count.apply(model);
    }
}
