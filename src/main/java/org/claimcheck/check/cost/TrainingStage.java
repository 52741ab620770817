package org.claimcheck.check.cost;

import java.util.Arrays;
import org.claimcheck.check.Named;

/** The stages of DeepSeek-V3's training run as R Table 1 (p.5) lists them, with the JSON key of each row. */
public enum TrainingStage implements Named {
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
    @Override
    public String id() {
        return id;
    }

    String jsonKey() {
        return jsonKey;
    }

    /** The stage spelled so. @throws IllegalArgumentException when none is */
    public static TrainingStage of(String id) {
        return Arrays.stream(values()).filter(stage -> stage.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no training stage " + id));
    }
}
