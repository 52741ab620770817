package org.claimcheck.check.cost;

import java.util.regex.Pattern;
import org.claimcheck.check.CheckContext;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.FigureFile;
import org.claimcheck.check.SourcedValue;
import org.claimcheck.unit.Unit;

/**
 * The budget figures of DeepSeek-V3 (R Table 1, p.5 and §4.2, p.22) and of its baselines (Llama model cards, the
 * V2 report, Wired, the hardware paper), each read from the library's figure files with its source.
 */
public final class BudgetFigures {

    private static final double THOUSAND = 1e3;
    private static final double MILLION = 1e6;
    private static final double BILLION = 1e9;
    private static final double TRILLION = 1e12;
    private static final String TABLE_1 = "Table 1, p.5";
    private static final String HW_TABLE_2 = "Table 2, training GFLOP per token at sequence 4096 (secondary)";
    private static final Pattern PRICE = Pattern.compile("USD (\\d+(?:\\.\\d+)?) per GPU hour");
    private static final Pattern PER_TRILLION = Pattern.compile("\\((\\d+(?:\\.\\d+)?)K vs (\\d+(?:\\.\\d+)?)K H800");
    private static final Pattern GPT_4 = Pattern.compile("over \\$(\\d+(?:\\.\\d+)?) million");

    private final FigureFile report;
    private final FigureFile baselines;

    private BudgetFigures(FigureFile report, FigureFile baselines) {
        this.report = report;
        this.baselines = baselines;
    }

    /** Reads both figure files. @throws CheckException INVALID_INPUT when a file is missing or not JSON */
    public static BudgetFigures load(CheckContext context) throws CheckException {
        return new BudgetFigures(FigureFile.load(context, FigureFile.REPORT),
                FigureFile.load(context, FigureFile.BASELINES));
    }

    /** H800 GPU-hours of a stage, R Table 1 p.5 (stated in thousands). */
    public SourcedValue stageGpuHours(TrainingStage stage) throws CheckException {
        return report.value(stage.id() + " H800 GPU-hours", Unit.GPU_HOURS, THOUSAND, "R", TABLE_1,
                "table1_training_cost_p5", "h800_gpu_hours_thousands", stage.jsonKey());
    }

    /** Dollar cost of a stage, R Table 1 p.5 (stated in millions). */
    public SourcedValue stageUsd(TrainingStage stage) throws CheckException {
        return report.value(stage.id() + " cost", Unit.USD, MILLION, "R", TABLE_1,
                "table1_training_cost_p5", "usd_millions", stage.jsonKey());
    }

    /** The rental price R assumes, $2 per H800 GPU-hour (R Table 1 p.5). */
    public SourcedValue pricePerGpuHour() throws CheckException {
        return report.valueInText("H800 rental price per GPU-hour", Unit.USD, 1.0, PRICE, 1, "R", TABLE_1,
                "table1_training_cost_p5", "assumption");
    }

    /** "180K H800 GPU hours" per trillion pre-training tokens (R §1, p.5). */
    public SourcedValue gpuHoursPerTrillionTokens() throws CheckException {
        return report.value("H800 GPU-hours per trillion tokens", Unit.GPU_HOURS, 1.0, "R", "§1, p.5",
                "pretraining_throughput_p5", "h800_gpu_hours_per_trillion_tokens");
    }

    /** Pre-training tokens, 14.8T (R §1, p.5; §4.2, p.22). */
    public SourcedValue pretrainingTokens() throws CheckException {
        return report.value("pre-training tokens", Unit.TOKENS, TRILLION, "R", "§1, p.5",
                "pretraining_throughput_p5", "pretraining_tokens_trillions");
    }

    /** The training cluster, 2,048 H800 GPUs (R §1, p.5). */
    public SourcedValue clusterGpus() throws CheckException {
        return report.value("training cluster", Unit.GPUS, 1.0, "R", "§1, p.5",
                "pretraining_throughput_p5", "cluster_gpus");
    }

    /** Parameters activated per token, 37B (R §4.2, p.22). */
    public SourcedValue activatedParams() throws CheckException {
        return report.value("activated parameters per token", Unit.PARAMETERS, BILLION, "R", "§4.2, p.22",
                "architecture_sec4_2_p22", "activated_params_billions");
    }

    /** Total parameters, 671B (R §4.2, p.22). */
    public SourcedValue totalParams() throws CheckException {
        return report.value("total parameters", Unit.PARAMETERS, BILLION, "R", "§4.2, p.22",
                "architecture_sec4_2_p22", "total_params_billions");
    }

    /** Dense tensor peak of the H800 in TFLOP/s, "BF16" or "FP8" (secondary pages: same as H100 SXM). */
    public SourcedValue peakTflops(String precision) throws CheckException {
        return baselines.value("H800 dense " + precision + " peak", Unit.TFLOP_PER_SECOND, 1.0, "H800",
                "dense tensor peak, H800 = H100 SXM tensor throughput (secondary pages)",
                "h800_vs_h100_secondary", "dense_peak_TFLOPS_H100_SXM", precision);
    }

    /** Training FLOPs per token at sequence 4096 from the hardware paper (secondary), for a row of its Table 2. */
    public SourcedValue hwFlopsPerToken(String row) throws CheckException {
        return baselines.value(row + " training FLOPs per token", Unit.FLOPS, BILLION, "HW", HW_TABLE_2,
                "deepseek_v3_hardware_paper_secondary", "training_gflops_per_token_seq4096", row);
    }

    /** Whole-run training GPU-hours (H100-80GB) of a Llama baseline from its model card. */
    public SourcedValue llamaGpuHours(Baseline baseline) throws CheckException {
        return switch (baseline) {
            case LLAMA_3_1_8B -> llama31("8B");
            case LLAMA_3_1_70B -> llama31("70B");
            case LLAMA_3_1_405B -> llama31("405B");
            case LLAMA_3_8B -> llama3("8B");
            case LLAMA_3_70B -> llama3("70B");
            default -> throw new IllegalArgumentException(baseline.id() + " is not a Llama model card baseline");
        };
    }

    /** H800 GPU-hours per trillion tokens of DeepSeek 67B (dense) or DeepSeek-V2, V2 §3.2.3 p.16. */
    public SourcedValue perTrillionGpuHours(Baseline baseline) throws CheckException {
        int group = switch (baseline) {
            case DEEPSEEK_67B -> 1;
            case DEEPSEEK_V2 -> 2;
            default -> throw new IllegalArgumentException(baseline.id() + " is not stated per trillion tokens");
        };
        return baselines.valueInText(baseline.id() + " H800 GPU-hours per trillion tokens", Unit.GPU_HOURS,
                THOUSAND, PER_TRILLION, group, "V2", "§3.2.3, p.16", "deepseek_v2_paper", "training_saving");
    }

    /** GPT-4's reported training cost, a lower bound: "cost over $100 million" (Wired, 2023-04-17). */
    public SourcedValue gpt4ReportedUsd() throws CheckException {
        return baselines.valueInText("GPT-4 reported training cost (lower bound)", Unit.USD, MILLION, GPT_4, 1,
                "WIRED", "2023-04-17, not an OpenAI figure", "gpt4_cost", "statement");
    }

    private SourcedValue llama31(String size) throws CheckException {
        return baselines.value("Llama 3.1 " + size + " H100 GPU-hours", Unit.GPU_HOURS, 1.0, "L31",
                "MODEL_CARD.md, training time (GPU hours)", "llama_3_1_model_card", "training_gpu_hours", size);
    }

    private SourcedValue llama3(String size) throws CheckException {
        return baselines.value("Llama 3 " + size + " H100 GPU-hours", Unit.GPU_HOURS, 1.0, "L3",
                "MODEL_CARD.md, pre-training time (GPU hours)", "llama_3_model_card", "pretraining_gpu_hours", size);
    }
}
