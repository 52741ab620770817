package org.claimcheck.check.moe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.claimcheck.check.Check;
import org.claimcheck.check.CheckContext;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.FigureFile;
import org.claimcheck.check.Measurement;
import org.claimcheck.check.Parameter;
import org.claimcheck.check.Parameters;
import org.claimcheck.check.Plot;
import org.claimcheck.check.SourcedValue;
import org.claimcheck.unit.Quantity;
import org.claimcheck.unit.Unit;

/**
 * The EPLB README's worked example reproduced: 12 experts with given loads, 16 physical slots on 8 GPUs. From the
 * published placement ({@code phy2log}) or from this lab's replicate-then-pack, the per-GPU load is the sum over its
 * slots of the expert's load over its replica count; the check reports how far that is from perfect balance.
 */
final class EplbExampleCheck implements Check {

    private static final String EXAMPLE = "eplb_readme_example";
    private static final String LOCATOR = "README.md example";
    private static final List<String> METRICS = List.of("max-over-mean", "idle-share", "hottest-expert-over-mean");

    @Override
    public String kind() {
        return "moe.eplb-example";
    }

    @Override
    public String summary() {
        return "per-GPU load balance of the EPLB README example: max/mean or idle share (ratio)";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                Parameter.optional("layer", "0 | 1", "which layer of the example; default 0"),
                Parameter.optional("policy", "published | greedy", "published: the README's phy2log output; "
                        + "greedy: this lab's replicate-then-pack on the same loads; default published"),
                Parameter.optional("metric", String.join(" | ", METRICS), "idle-share = 1 - mean/max; "
                        + "hottest-expert-over-mean: the hottest expert's load over the mean GPU load, i.e. the "
                        + "max a GPU would carry with no replica of it; default max-over-mean"));
    }

    @Override
    public Measurement run(CheckContext context, Parameters parameters) throws CheckException {
        int layer = (int) parameters.integer("layer", 0, 0, 1);
        boolean published = parameters.choice("policy", "published",
                List.of("published", "greedy")).equals("published");
        String metric = parameters.choice("metric", "max-over-mean", METRICS);
        Example example = Example.read(FigureFile.load(context, FigureFile.BASELINES), layer);
        double[] loads = (published ? example.published() : example.greedy()).gpuLoads(example.weights());
        double mean = Arrays.stream(loads).average().orElseThrow();
        double max = Arrays.stream(loads).max().orElseThrow();
        double hottest = Arrays.stream(example.weights()).max().orElseThrow();
        List<String> steps = List.of(
                String.format(Locale.ROOT, "layer %d, %s placement, per-GPU load = Σ load/replicas over its slots:"
                        + " %s", layer, published ? "published" : "greedy", Arrays.toString(loads)),
                String.format(Locale.ROOT, "mean %.3f, max %.3f: max/mean %.4f, idle share 1 - mean/max %.4f;"
                        + " hottest expert %.0f = %.4f × mean", mean, max, max / mean, 1 - mean / max, hottest,
                        hottest / mean));
        double value = switch (metric) {
            case "idle-share" -> 1 - mean / max;
            case "hottest-expert-over-mean" -> hottest / mean;
            default -> max / mean;
        };
        return new Measurement(new Measurement.Numeric(Quantity.of(value, Unit.RATIO)), example.inputs(), steps,
                List.of(plot(layer, example.published().gpuLoads(example.weights()),
                        example.greedy().gpuLoads(example.weights()), mean)));
    }

    private static Plot plot(int layer, double[] published, double[] greedy, double mean) {
        List<Double> x = new ArrayList<>();
        for (int g = 0; g < published.length; g++) {
            x.add((double) g);
        }
        return new Plot("eplb-example-gpu-load", "EPLB README example, layer " + layer + ": load per GPU", "GPU",
                "load (tokens)", false, List.of(
                        Plot.Series.of("published placement", x, Arrays.stream(published).boxed().toList()),
                        Plot.Series.of("greedy replicate-then-pack", x, Arrays.stream(greedy).boxed().toList())),
                List.of(new Plot.Reference("mean load per GPU", mean)));
    }

    /** One layer of the README example: its loads with their sources, and both placements. */
    private record Example(double[] weights, ExpertPlacement published, ExpertPlacement greedy,
                           List<SourcedValue> inputs) {

        static Example read(FigureFile baselines, int layer) throws CheckException {
            String layerKey = Integer.toString(layer);
            double[] weights = baselines.numbers(EXAMPLE, "weight", layerKey);
            int[] phy2log = Arrays.stream(baselines.numbers(EXAMPLE, "phy2log_output", layerKey))
                    .mapToInt(value -> (int) value).toArray();
            SourcedValue gpus = baselines.value("GPUs", Unit.GPUS, 1.0, "EPLB", LOCATOR, EXAMPLE, "num_gpus");
            SourcedValue slots = baselines.value("physical expert slots", Unit.EXPERTS, 1.0, "EPLB", LOCATOR,
                    EXAMPLE, "num_replicas");
            List<SourcedValue> inputs = new ArrayList<>(List.of(gpus, slots));
            for (int e = 0; e < weights.length; e++) {
                inputs.add(new SourcedValue("layer " + layer + " expert " + e + " load", weights[e], Unit.TOKENS,
                        baselines.source("EPLB", LOCATOR, EXAMPLE, "weight", layerKey, Integer.toString(e))));
            }
            try {
                return new Example(weights, ExpertPlacement.of(phy2log, (int) gpus.value(), weights.length),
                        ExpertPlacement.balanced(weights, (int) slots.value(), (int) gpus.value()), inputs);
            } catch (IllegalArgumentException e) {
                throw CheckException.unstated("the EPLB example does not state a valid placement: " + e.getMessage());
            }
        }
    }
}
