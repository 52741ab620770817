package org.claimcheck.check.fp8;

import org.claimcheck.check.Named;

/**
 * Bytes of training state per parameter: master weights, weight gradients and the two AdamW moments, each in the
 * precision a recipe keeps it. FP8 GEMMs change none of them (R §3.3.1 p.15).
 *
 * @see <a href="https://arxiv.org/abs/2412.19437">R §3.3.3 p.18: master weights and gradients FP32, moments BF16
 *     "instead of FP32"</a>
 */
enum TrainingState implements Named {
    /** DeepSeek-V3: FP32 master weights and gradients, BF16 first and second moments (R §3.3.3 p.18). */
    DEEPSEEK_V3("deepseek-v3", 2),
    /** The same with FP32 moments, what R replaced ("BF16 ... instead of FP32", R §3.3.3 p.18). */
    FP32_MOMENTS("fp32-moments", 4);

    /** Bytes of an FP32 (IEEE binary32) value. */
    static final int FP32_BYTES = 4;

    private final String id;
    private final int momentBytes;

    TrainingState(String id, int momentBytes) {
        this.id = id;
        this.momentBytes = momentBytes;
    }

    @Override
    public String id() {
        return id;
    }

    /** FP32 master weight. */
    int masterWeightBytes() {
        return FP32_BYTES;
    }

    /** FP32 weight gradient (kept for batch-size accumulation). */
    int gradientBytes() {
        return FP32_BYTES;
    }

    /** One AdamW moment. */
    int momentBytes() {
        return momentBytes;
    }

    /** master + gradient + 2 moments, bytes per parameter. */
    int bytesPerParameter() {
        return Math.addExact(Math.addExact(masterWeightBytes(), gradientBytes()), Math.multiplyExact(2, momentBytes));
    }
}
