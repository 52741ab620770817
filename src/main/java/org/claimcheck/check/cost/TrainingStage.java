package org.claimcheck.check.cost;

import java.util.Arrays;
import java.util.List;

/** The stages of DeepSeek-V3's training run as R Table 1 (p.5) lists them, with the JSON key of each row. */
public enum TrainingStage {
    PRE_TRAINING("pre-training", "pre_training"),
    CONTEXT_EXTENSION("context-extension", "context_extension"),
    POST_TRAINING("post-training", "post_training"),
    TOTAL("total", "total");

    private final String id;
    private final String jsonKey;

    TrainingStage(String id, String jsonKey) {
        this.id = id;
        this.jsonKey = jsonKey;
    }

    /** The spelling claims use. */
    public String id() {
        return id;
    }

    String jsonKey() {
        return jsonKey;
    }

    /** Every spelling, for parameter documentation and error messages. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(TrainingStage::id).toList();
    }

    /** The stage spelled so. @throws IllegalArgumentException when none is */
    public static TrainingStage of(String id) {
        return Arrays.stream(values()).filter(stage -> stage.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no training stage " + id));
    }
}
