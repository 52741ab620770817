package org.claimcheck.check.moe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.claimcheck.check.stats.SeededRandom;

/**
 * Redundant experts for one seed: expert loads observed over {@code historyBatches} batches choose which experts
 * get the R extra slots and where every slot goes ({@link ExpertPlacement#balanced}); fresh batches then measure the
 * per-GPU load of that placement and of the plain one (E/G experts per GPU, no replicas).
 *
 * @param experts        routed experts E
 * @param topK           experts per token K
 * @param gpus           GPUs G, dividing E and E + R
 * @param redundant      extra slots R
 * @param batchTokens    tokens per evaluated batch
 * @param skew           popularity skew ({@link ExpertLoadSampler})
 * @param historyBatches batches of statistics used for the placement
 * @param evalBatches    fresh batches measured
 */
record RedundancyExperiment(int experts, int topK, int gpus, int redundant, int batchTokens, double skew,
                            int historyBatches, int evalBatches) {

    /** Popularity skews of the skew sweep. */
    static final List<Double> SWEEP_SKEWS = List.of(0.0, 0.25, 0.5, 1.0, 1.5);

    /** Batch sizes of the batch-size sweep. */
    static final List<Integer> SWEEP_TOKENS = List.of(256, 1024, 4096, 16_384);
    private static final int SWEEP_BATCHES = 5;

    RedundancyExperiment {
        if (experts % gpus != 0 || (experts + redundant) % gpus != 0) {
            throw new IllegalArgumentException("gpus must divide the experts and experts + replicas, got " + gpus
                    + " GPUs for " + experts + " + " + redundant);
        }
    }

    /** Runs one seed. */
    Result run(long seed) {
        ExpertLoadSampler sampler = ExpertLoadSampler.of(SeededRandom.of(seed), experts, skew);
        double[] observed = new double[experts];
        for (int b = 0; b < historyBatches; b++) {
            double[] load = sampler.batch(batchTokens, topK);
            for (int i = 0; i < experts; i++) {
                observed[i] += load[i];
            }
        }
        ExpertPlacement replicated = ExpertPlacement.balanced(observed, experts + redundant, gpus);
        ExpertPlacement plain = ExpertPlacement.contiguous(experts, gpus);
        double[] meanPlain = new double[gpus];
        double[] meanReplicated = new double[gpus];
        double[] ratioPlain = new double[evalBatches];
        double[] ratioReplicated = new double[evalBatches];
        for (int b = 0; b < evalBatches; b++) {
            double[] load = sampler.batch(batchTokens, topK);
            double[] plainLoads = plain.gpuLoads(load);
            double[] replicatedLoads = replicated.gpuLoads(load);
            ratioPlain[b] = ExpertPlacement.maxOverMean(plainLoads);
            ratioReplicated[b] = ExpertPlacement.maxOverMean(replicatedLoads);
            for (int g = 0; g < gpus; g++) {
                meanPlain[g] += plainLoads[g] / evalBatches;
                meanReplicated[g] += replicatedLoads[g] / evalBatches;
            }
        }
        return new Result(mean(ratioPlain), mean(ratioReplicated), boxed(meanPlain), boxed(meanReplicated),
                sweep(sampler, plain, replicated));
    }

    /** The same experiment at each {@link #SWEEP_SKEWS} skew for one seed: [plain, replicated] max/mean. */
    List<List<Double>> skewSweep(long seed) {
        // each skew's run depends on its skew and the seed alone: run side by side, kept in sweep order
        List<Result> results = SWEEP_SKEWS.parallelStream().map(other -> new RedundancyExperiment(experts, topK, gpus,
                redundant, batchTokens, other, historyBatches, evalBatches).run(seed)).toList();
        return List.of(results.stream().map(Result::plainMaxOverMean).toList(),
                results.stream().map(Result::replicatedMaxOverMean).toList());
    }

    private List<List<Double>> sweep(ExpertLoadSampler sampler, ExpertPlacement plain, ExpertPlacement replicated) {
        List<Double> plainRatios = new ArrayList<>();
        List<Double> replicatedRatios = new ArrayList<>();
        for (int tokens : SWEEP_TOKENS) {
            double sumPlain = 0;
            double sumReplicated = 0;
            for (int b = 0; b < SWEEP_BATCHES; b++) {
                double[] load = sampler.batch(tokens, topK);
                sumPlain += ExpertPlacement.maxOverMean(plain.gpuLoads(load));
                sumReplicated += ExpertPlacement.maxOverMean(replicated.gpuLoads(load));
            }
            plainRatios.add(sumPlain / SWEEP_BATCHES);
            replicatedRatios.add(sumReplicated / SWEEP_BATCHES);
        }
        return List.of(plainRatios, replicatedRatios);
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElseThrow();
    }

    private static List<Double> boxed(double[] values) {
        return Arrays.stream(values).boxed().toList();
    }

    /**
     * One seed's outcome.
     *
     * @param plainMaxOverMean      mean over fresh batches of per-GPU max/mean, no replicas
     * @param replicatedMaxOverMean the same with the replicated placement
     * @param plainGpuLoad          mean load of each GPU, no replicas (tokens)
     * @param replicatedGpuLoad     mean load of each GPU, replicated (tokens)
     * @param sweep                 max/mean at each {@link #SWEEP_TOKENS} batch size: [plain, replicated]
     */
    record Result(double plainMaxOverMean, double replicatedMaxOverMean, List<Double> plainGpuLoad,
                  List<Double> replicatedGpuLoad, List<List<Double>> sweep) {
    }
}
