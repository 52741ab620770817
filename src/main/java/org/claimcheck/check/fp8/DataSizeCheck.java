package org.claimcheck.check.fp8;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.claimcheck.check.Check;
import org.claimcheck.check.CheckContext;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.Measurement;
import org.claimcheck.check.Named;
import org.claimcheck.check.Parameter;
import org.claimcheck.check.Parameters;
import org.claimcheck.check.Plot;
import org.claimcheck.check.SourcedValue;
import org.claimcheck.check.StorageFormat;
import org.claimcheck.check.TrainingRecipe;
import org.claimcheck.unit.Quantity;
import org.claimcheck.unit.Unit;

/**
 * {@code fp8.data-size} (experiment E4): bytes per element of a format with its scale overhead, the saving against
 * BF16 or FP32, and the training state per parameter of a recipe against BF16 mixed precision — what "50%" is true
 * of, and what not.
 */
final class DataSizeCheck implements Check {

    /** The number a claim asks for. */
    enum Metric implements Named {
        BYTES_PER_ELEMENT("bytes-per-element"), SAVING_VS_BF16("saving-vs-bf16"), SAVING_VS_FP32("saving-vs-fp32"),
        TRAINING_STATE_BYTES("training-state-bytes-per-parameter"), TRAINING_STATE_SAVING("training-state-saving");

        private final String id;

        Metric(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        boolean ofTrainingState() {
            return this == TRAINING_STATE_BYTES || this == TRAINING_STATE_SAVING;
        }
    }

    private static final List<Scaling> GROUPINGS = List.of(Scaling.NONE, Scaling.TILE_1X128, Scaling.BLOCK_128X128);
    private static final Parameter RECIPE = Parameter.optional("recipe", TrainingRecipe.PARAMETER_TYPE,
            TrainingRecipe.PARAMETER_DESCRIPTION + ", compared with bf16-mixed; required for the training-state "
                    + "metrics");

    @Override
    public String kind() {
        return "fp8.data-size";
    }

    @Override
    public String summary() {
        return "E4: bytes per element (with scale overhead), saving vs BF16 or FP32 (ratio), and training-state "
                + "bytes per parameter of a recipe vs BF16 mixed precision";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                Parameter.required("metric", Named.oneOf(Metric.class),
                        "bytes-per-element (bytes), saving-vs-bf16 and saving-vs-fp32 (1 − bytes/2, 1 − bytes/4), "
                                + "training-state-bytes-per-parameter (bytes), training-state-saving "
                                + "(1 − recipe / bf16-mixed)"),
                Parameter.optional("format", Named.oneOf(FloatFormat.class), "element format (default E4M3)"),
                Parameter.optional("scaling", "none, tile-1x128 or block-128x128",
                        "one FP32 scale stored per group (default tile-1x128)"),
                RECIPE);
    }

    @Override
    public Measurement run(CheckContext context, Parameters parameters) throws CheckException {
        Metric metric = parameters.choice("metric", Metric.class);
        FloatFormat format = parameters.choice("format", FloatFormat.E4M3);
        Scaling scaling = Named.byId(Scaling.class, parameters.choice("scaling", Scaling.TILE_1X128.id(),
                GROUPINGS.stream().map(Scaling::id).toList())).orElseThrow();
        double bytes = bytesPerElement(format, scaling);
        List<SourcedValue> inputs = new ArrayList<>(inputs(format));
        List<String> steps = new ArrayList<>(steps(format, scaling, bytes));
        if (!metric.ofTrainingState() && !parameters.names().contains(RECIPE.name())) {
            return Measurement.of(Quantity.of(perElement(metric, bytes), unit(metric)), inputs, steps)
                    .withPlot(elementPlot());
        }
        TrainingRecipe recipe = TrainingRecipe.of(parameters.optionalString(RECIPE.name()).orElseThrow(() ->
                CheckException.invalid("recipe: expected " + RECIPE.type() + " for " + metric.id() + ", got nothing")),
                context);
        TrainingRecipe reference = TrainingRecipe.bf16Mixed();
        double saving = 1 - recipe.bytesPerParam() / (double) reference.bytesPerParam();
        inputs.addAll(recipe.inputs());
        steps.add(String.format(Locale.ROOT, "training state per parameter: %s; %s; saving %.4f", recipe.working(),
                reference.working(), saving));
        double value = switch (metric) {
            case TRAINING_STATE_BYTES -> recipe.bytesPerParam();
            case TRAINING_STATE_SAVING -> saving;
            default -> perElement(metric, bytes);
        };
        return Measurement.of(Quantity.of(value, unit(metric)), inputs, steps).withPlot(elementPlot())
                .withPlot(statePlot(reference, recipe));
    }

    /** The per-element metrics: bytes, or the saving against BF16 (2 bytes) or FP32 (4 bytes). */
    private static double perElement(Metric metric, double bytes) {
        return switch (metric) {
            case SAVING_VS_BF16 -> 1 - bytes / FloatFormat.BF16.bytesPerElement();
            case SAVING_VS_FP32 -> 1 - bytes / StorageFormat.FP32.bytes();
            default -> bytes;
        };
    }

    private static Unit unit(Metric metric) {
        return metric == Metric.BYTES_PER_ELEMENT || metric == Metric.TRAINING_STATE_BYTES ? Unit.BYTES : Unit.RATIO;
    }

    /**
     * Bytes per element: the format's bytes plus one FP32 scale (4 bytes) per group of the scaling.
     *
     * <p>bytes = bits/8 + 4 / groupElements, groupElements = 128 (1×128 tile) or 16,384 (128×128 block); no scale
     * for {@code NONE}. E4M3 with tiles: 1 + 4/128 = 1.03125.
     *
     * @param scaling NONE, TILE_1X128 or BLOCK_128X128
     * @return bytes, &gt; 0
     * @throws IllegalArgumentException for another scaling
     */
    static double bytesPerElement(FloatFormat format, Scaling scaling) {
        double scaleBytes = StorageFormat.FP32.bytes();
        return format.bytesPerElement() + switch (scaling) {
            case NONE -> 0.0;
            case TILE_1X128 -> scaleBytes / Scaling.GROUP_WIDTH;
            case BLOCK_128X128 -> scaleBytes / ((double) Scaling.GROUP_WIDTH * Scaling.GROUP_WIDTH);
            default -> throw new IllegalArgumentException("no storage layout for " + scaling.id());
        };
    }

    private static List<String> steps(FloatFormat format, Scaling scaling, double bytes) {
        return List.of(
                String.format(Locale.ROOT, "%s stores %d bits = %.4g bytes per element; with %s: %.6g bytes "
                        + "(one FP32 scale, 4 bytes, per group of %s)", format, format.bits(),
                        format.bytesPerElement(), scaling.id(), bytes, scaling.id()),
                String.format(Locale.ROOT, "saving vs BF16 (2 bytes): 1 − %.6g / 2 = %.4f; vs FP32 (4 bytes): "
                        + "1 − %.6g / 4 = %.4f", bytes, 1 - bytes / 2, bytes, 1 - bytes / 4),
                "FP8 applies to GEMM inputs, activations cached for Wgrad and MoE dispatch (R §3.3.1 p.15, §3.3.3 "
                        + "p.18); embedding, output head, gating, normalization and attention keep BF16/FP32");
    }

    private static Plot elementPlot() {
        List<String> labels = new ArrayList<>(List.of("FP32", "BF16", "FP16"));
        List<Double> bytes = new ArrayList<>(List.of((double) StorageFormat.FP32.bytes(),
                FloatFormat.BF16.bytesPerElement(), FloatFormat.FP16.bytesPerElement()));
        for (Scaling scaling : GROUPINGS) {
            labels.add("E4M3" + (scaling == Scaling.NONE ? "" : " + " + scaling.id() + " FP32 scales"));
            bytes.add(bytesPerElement(FloatFormat.E4M3, scaling));
        }
        List<Double> x = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            x.add((double) i);
        }
        return new Plot("fp8-bytes-per-element", "E4: bytes per element", "format", "bytes per element", false,
                List.of(new Plot.Series("bytes per element", x, bytes, labels)), List.of());
    }

    private static Plot statePlot(TrainingRecipe reference, TrainingRecipe recipe) {
        List<Double> x = List.of(0.0, 1.0);
        List<Double> y = List.of((double) reference.bytesPerParam(), (double) recipe.bytesPerParam());
        return new Plot("fp8-training-state", "E4: training state per parameter (master weights, gradients, AdamW "
                + "moments)", "recipe", "bytes per parameter", false,
                List.of(new Plot.Series("bytes per parameter", x, y, List.of(reference.name(), recipe.name()))),
                List.of());
    }

    private static List<SourcedValue> inputs(FloatFormat format) {
        return List.of(
                new SourcedValue(format + " bits", format.bits(), Unit.BITS, Fp8Sources.definition(format)),
                new SourcedValue("BF16 bits", FloatFormat.BF16.bits(), Unit.BITS, Fp8Sources.BFLOAT16),
                new SourcedValue("tile width / block side", Scaling.GROUP_WIDTH, Unit.ELEMENTS, Fp8Sources.R_TILES),
                new SourcedValue("bytes of one FP32 scale", StorageFormat.FP32.bytes(), Unit.BYTES,
                        Fp8Sources.R_SCALE_STORAGE));
    }
}
